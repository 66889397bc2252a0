// A learner studies the seeded deck for weeks, in all four directions, in Tokyo time, with the clock
// moved forward between sessions: limits, siblings and FSRS states are checked against the log.
import { randomUUID } from "node:crypto";
import { describeEachDatabase } from "../support/test-database";
import { seedDefaultDeck } from "@/app/_data/seed-default-deck";
import { getStudyQueue } from "@/app/_data/study/queue";
import { storeReview, undoLatestReview } from "@/app/_data/study/review";
import { getProgress } from "@/app/_data/study/progress";
import { dayKey } from "@/app/_domain/srs/learner-day";
import { isMastered } from "@/app/_domain/srs/progress";
import { retrievability as retrievabilityOf } from "@/app/_domain/srs/scheduler";
import { fromFsrsCard } from "@/app/_domain/srs/card-state";
import type { Grade } from "@/app/_domain/srs/review-log";
import { DAY, HOUR, newLearner, replayWithTsFsrs, startStudying } from "./study-support";

const TZ = "Asia/Tokyo";
const DAYS = 14;
const NEW_PER_DAY = 10;
// 07:30 in Tokyo on 3 March 2025; a second session each night at 01:30 (before the 4 a.m. rollover).
const FIRST_MORNING = new Date("2025-03-02T22:30:00Z");

/** A deterministic "learner": mostly Good, sometimes Again/Hard/Easy, depending on card and day. */
function rating(cardId: string, n: number): Grade {
  let h = n * 2654435761;
  for (const ch of cardId) h = (h ^ ch.charCodeAt(0)) * 16777619;
  const r = (h >>> 0) % 20;
  return (r < 3 ? 1 : r < 5 ? 2 : r < 18 ? 3 : 4) as Grade;
}

describeEachDatabase("studying the seeded deck for weeks", (db) => {
  let learnerId = "";
  let end = FIRST_MORNING;
  const shown: Array<{ cardId: string; noteKey: string; day: string; stateBefore: number; direction: string; frontLang: string; answerLang: string }> = [];

  beforeAll(async () => {
    await seedDefaultDeck(db.prisma);
    const learner = await newLearner(db.prisma, { timeZone: TZ, newCardsPerDay: NEW_PER_DAY, desiredRetention: 0.88, directions: ["ja-en", "en-ja", "ja-ja", "en-en"] });
    learnerId = learner.id;
    const scope = await startStudying(db.prisma, learner, [], FIRST_MORNING);
    let n = 0;
    for (let d = 0; d < DAYS; d++) {
      for (const sessionStart of [FIRST_MORNING.getTime() + d * DAY, FIRST_MORNING.getTime() + d * DAY + 18 * HOUR]) {
        let now = new Date(sessionStart);
        for (let guard = 0; guard < 400; guard++) {
          const view = await getStudyQueue(db.prisma, learner, scope, { now });
          if (!view.card) break;
          const card = await db.prisma.card.findUniqueOrThrow({ where: { id: view.card.id } });
          shown.push({ cardId: card.id, noteKey: card.noteKey, day: dayKey(now, TZ), stateBefore: card.state, direction: card.direction, frontLang: view.card.front.lang, answerLang: view.card.answer.lang });
          const first = await storeReview(db.prisma, learner, { cardId: card.id, rating: rating(card.id, n), requestId: randomUUID() }, now);
          if (!first.ok) throw new Error(first.error);
          // Now and then the learner takes an answer back and answers again.
          if (n % 13 === 5) {
            const undo = await undoLatestReview(db.prisma, learner, { reviewId: first.reviewId, requestId: randomUUID() }, new Date(now.getTime() + 2000));
            if (!undo.ok) throw new Error(undo.error);
            const again = await storeReview(db.prisma, learner, { cardId: card.id, rating: 3, requestId: randomUUID() }, new Date(now.getTime() + 4000));
            if (!again.ok) throw new Error(again.error);
          }
          n++;
          now = new Date(now.getTime() + 15_000);
        }
        end = now;
      }
    }
  }, 600_000);

  test("the learner studied every day, in all four directions, with the right languages on each side", () => {
    expect(new Set(shown.map((s) => s.day)).size).toBe(DAYS);
    expect(new Set(shown.map((s) => s.direction))).toEqual(new Set(["ja-en", "en-ja", "ja-ja", "en-en"]));
    for (const s of shown) expect(`${s.frontLang}-${s.answerLang}`).toBe(s.direction);
  });

  test("no learner day introduces more new cards than the limit", () => {
    const perDay = new Map<string, number>();
    for (const s of shown) if (s.stateBefore === 0) perDay.set(s.day, (perDay.get(s.day) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(NEW_PER_DAY);
    expect([...perDay.values()].filter((v) => v === NEW_PER_DAY).length).toBeGreaterThan(DAYS / 2);
  });

  test("siblings are not shown on the same day (unless one is already in its learning steps)", () => {
    const byDayNote = new Map<string, Map<string, number[]>>();
    for (const s of shown) {
      const key = `${s.day}|${s.noteKey}`;
      const cards = byDayNote.get(key) ?? new Map<string, number[]>();
      cards.set(s.cardId, [...(cards.get(s.cardId) ?? []), s.stateBefore]);
      byDayNote.set(key, cards);
    }
    let checked = 0;
    for (const cards of byDayNote.values()) {
      if (cards.size < 2) continue;
      checked++;
      // Of several cards of one note on one day, at most one was started fresh (new or review) that day.
      const fresh = [...cards.values()].filter((states) => states[0] === 0 || states[0] === 2);
      expect(fresh.length).toBeLessThanOrEqual(1);
    }
    expect(shown.length).toBeGreaterThan(DAYS * NEW_PER_DAY);
    expect(checked).toBeGreaterThanOrEqual(0);
  });

  test("every card's stored FSRS state equals a ts-fsrs replay of its counted reviews", async () => {
    const logs = await db.prisma.reviewLog.findMany({ where: { userId: learnerId }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
    const undone = new Set(logs.filter((l) => l.kind === "undo").map((l) => l.undoesId));
    const cards = await db.prisma.card.findMany({ where: { userId: learnerId } });
    let compared = 0;
    for (const card of cards) {
      const counted = logs.filter((l) => l.cardId === card.id && l.kind === "review" && !undone.has(l.id));
      const replayed = fromFsrsCard(replayWithTsFsrs(counted, card.createdAt, 0.88));
      if (counted.length === 0) {
        expect(card.state).toBe(0);
        continue;
      }
      compared++;
      expect({ id: card.id, due: card.due.toISOString(), s: card.stability, d: card.difficulty, state: card.state, reps: card.reps, lapses: card.lapses, sched: card.scheduledDays, steps: card.learningSteps, last: card.lastReview?.toISOString() }).toEqual({
        id: card.id,
        due: replayed.due.toISOString(),
        s: replayed.stability,
        d: replayed.difficulty,
        state: replayed.state,
        reps: replayed.reps,
        lapses: replayed.lapses,
        sched: replayed.scheduledDays,
        steps: replayed.learningSteps,
        last: replayed.lastReview?.toISOString(),
      });
      expect(card.leech).toBe(replayed.lapses >= 8);
    }
    expect(compared).toBeGreaterThan(DAYS * NEW_PER_DAY * 0.9);
  });

  test("progress figures equal a recomputation from the review log", async () => {
    const learner = await db.prisma.user.findUniqueOrThrow({ where: { id: learnerId } });
    const now = new Date(end.getTime() + HOUR);
    const progress = await getProgress(db.prisma, learner, now);

    // Recompute from the raw log alone: counted rows, then card states by replaying them.
    const logs = await db.prisma.reviewLog.findMany({ where: { userId: learnerId }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
    const undone = new Set(logs.filter((l) => l.kind === "undo").map((l) => l.undoesId));
    const counted = logs.filter((l) => l.kind !== "undo" && !undone.has(l.id));
    expect(progress.totalReviews).toBe(counted.length);

    const perDay = new Map<string, number>();
    for (const l of counted) perDay.set(dayKey(l.reviewedAt, TZ), (perDay.get(dayKey(l.reviewedAt, TZ)) ?? 0) + 1);
    expect(progress.heatmap).toHaveLength(365);
    expect(progress.heatmap.reduce((s, d) => s + d.count, 0)).toBe(counted.length);
    for (const d of progress.heatmap) expect([d.day, d.count]).toEqual([d.day, perDay.get(d.day) ?? 0]);
    expect(progress.today).toBe(dayKey(now, TZ));
    expect(progress.reviewedToday).toBe(perDay.get(progress.today) ?? 0);

    let streak = 0;
    for (let t = now.getTime(); perDay.has(dayKey(new Date(t), TZ)) || (streak === 0 && t === now.getTime()); t -= DAY) {
      if (perDay.has(dayKey(new Date(t), TZ))) streak++;
    }
    expect(progress.streak).toBe(streak);
    expect(progress.streak).toBe(DAYS);

    const window = counted.filter((l) => l.state === 2 && l.reviewedAt.getTime() > now.getTime() - 30 * DAY);
    const passed = window.filter((l) => l.rating > 1).length;
    expect(progress.retention).toEqual({ actual: window.length ? passed / window.length : null, desired: 0.88, passed, failed: window.length - passed, total: window.length });

    const cards = await db.prisma.card.findMany({ where: { userId: learnerId } });
    const replayed = cards.map((card) => ({
      card,
      state: fromFsrsCard(replayWithTsFsrs(counted.filter((l) => l.cardId === card.id), card.createdAt, 0.88)),
    }));
    const started = replayed.filter((r) => r.state.state !== 0);
    const todayKey = dayKey(now, TZ);
    const dueToday = started.filter((r) => dayKey(r.state.due, TZ) <= todayKey).length;
    expect(progress.dueToday).toBe(dueToday);
    const forecastTotal = started.filter((r) => {
      const k = dayKey(r.state.due, TZ);
      return k <= progress.forecast[29].day;
    }).length;
    expect(progress.forecast.reduce((s, d) => s + d.count, 0)).toBe(forecastTotal);
    // Cards are made as notes are introduced: the totals count every card of the studied decks (made or
    // not yet), the ones not made yet as new.
    expect(progress.cards.total).toBeGreaterThanOrEqual(cards.length);
    expect(progress.cards.total - progress.cards.new).toBe(started.length);
    expect(progress.cards.new).toBe(progress.cards.total - cards.length + (replayed.length - started.length));
    expect(progress.cards.mastered).toBe(replayed.filter((r) => isMastered(r.state)).length);
    expect(progress.decks.reduce((s, d) => s + d.total, 0)).toBe(progress.cards.total);
    expect(progress.decks.reduce((s, d) => s + d.mastered, 0)).toBe(progress.cards.mastered);
    expect(progress.leeches.map((l) => l.cardId).sort()).toEqual(replayed.filter((r) => r.state.lapses >= 8).map((r) => r.card.id).sort());
    // Weakest: only cards forgotten at least once or below the desired retention, most lapses first.
    const weak = started.filter((r) => r.state.lapses > 0 || retrievabilityOf(r.state, now) < 0.88);
    expect(progress.weakest.length).toBe(Math.min(10, weak.length));
    for (const w of progress.weakest) expect(w.lapses > 0 || w.retrievability < 0.88).toBe(true);
    if (weak.length > 0) expect(progress.weakest[0].lapses).toBe(Math.max(...weak.map((r) => r.state.lapses)));
  });
});

import { randomUUID } from "node:crypto";
import { describeEachDatabase } from "../support/test-database";
import { seedDefaultDeck } from "@/app/_data/seed-default-deck";
import { computeStudyQueue, getStudyQueue, LEARN_AHEAD_MS } from "@/app/_data/study/queue";
import { storeReview } from "@/app/_data/study/review";
import { HOUR, MINUTE, newLearner, scopeOf, startStudying, studySession } from "./study-support";

// 09:00 in Tokyo on 3 March 2025.
const T0 = new Date("2025-03-03T00:00:00Z");

describeEachDatabase("the daily study queue", (db) => {
  beforeAll(async () => {
    await seedDefaultDeck(db.prisma);
  }, 120_000);

  test("new cards stop at the learner's daily limit, and siblings are never both new on one day", async () => {
    const learner = await newLearner(db.prisma, { newCardsPerDay: 7, timeZone: "Asia/Tokyo" });
    const scope = await startStudying(db.prisma, learner, [], T0);
    const first = await computeStudyQueue(db.prisma, learner, scope, T0);
    expect(first.counts).toEqual({ new: 7, learning: 0, review: 0 });
    expect(new Set(first.cards.map((c) => c.noteKey)).size).toBe(7);

    // Easy on everything: all 7 go to Review with days-long intervals, so the session ends.
    const { reviews } = await studySession(db.prisma, learner, scope, T0, () => 4);
    expect(reviews).toHaveLength(7);
    expect(reviews.every((r) => r.stateBefore === 0)).toBe(true);
    const later = await computeStudyQueue(db.prisma, learner, scope, new Date(T0.getTime() + 5 * HOUR));
    expect(later.cards).toHaveLength(0);
    expect(later.reviewedToday).toBe(7);

    // Next learner day (after 4 a.m. Tokyo time): 7 more, the siblings of yesterday's first.
    const tomorrow = new Date(T0.getTime() + 24 * HOUR);
    const next = await computeStudyQueue(db.prisma, learner, scope, tomorrow);
    expect(next.counts.new).toBe(7);
    const yesterdays = new Set(reviews.map((r) => r.noteKey));
    expect(next.cards.filter((c) => c.state === 0).every((c) => yesterdays.has(c.noteKey))).toBe(true);
    expect(next.cards.filter((c) => c.state === 0).every((c) => !reviews.some((r) => r.cardId === c.id))).toBe(true);
  });

  test("a sibling reviewed today buries the other card of its note until tomorrow", async () => {
    const learner = await newLearner(db.prisma, { newCardsPerDay: 3 });
    const scope = await startStudying(db.prisma, learner, [], T0);
    const queue = await computeStudyQueue(db.prisma, learner, scope, T0);
    const head = queue.cards[0];
    const sibling = await db.prisma.card.findFirstOrThrow({ where: { userId: learner.id, noteKey: head.noteKey, id: { not: head.id } } });
    // Make the sibling a due review card: it is still buried today because its note was studied.
    await db.prisma.card.update({ where: { id: sibling.id }, data: { state: 2, due: new Date(T0.getTime() - HOUR), stability: 5, difficulty: 5, reps: 3, lastReview: new Date(T0.getTime() - 5 * 24 * HOUR), scheduledDays: 5 } });
    const before = await computeStudyQueue(db.prisma, learner, scope, T0);
    expect(before.cards[0].id).toBe(sibling.id); // reviews before new cards
    expect(before.cards.some((c) => c.id === head.id)).toBe(false); // its sibling comes first, so it waits
    await storeReview(db.prisma, learner, { cardId: sibling.id, rating: 3, requestId: randomUUID() }, T0);
    const after = await computeStudyQueue(db.prisma, learner, scope, new Date(T0.getTime() + MINUTE));
    expect(after.cards.some((c) => c.noteKey === head.noteKey)).toBe(false);
    expect(after.counts.new).toBe(3);
  });

  test("'today' is the learner's day: it rolls over at 4 a.m. in their time zone", async () => {
    const ny = await newLearner(db.prisma, { newCardsPerDay: 2, timeZone: "America/New_York" });
    const scope = await startStudying(db.prisma, ny, [], T0);
    // 23:30 on 2 March in New York.
    const evening = new Date("2025-03-03T04:30:00Z");
    await studySession(db.prisma, ny, scope, evening, () => 4);
    // 01:00 local (after midnight, before 4 a.m.): still the same learner day, no new cards.
    expect((await computeStudyQueue(db.prisma, ny, scope, new Date("2025-03-03T06:00:00Z"))).counts.new).toBe(0);
    // 04:30 local: a new day.
    expect((await computeStudyQueue(db.prisma, ny, scope, new Date("2025-03-03T09:30:00Z"))).counts.new).toBe(2);
    // The same instants for a UTC learner fall in other days.
    const utc = await newLearner(db.prisma, { newCardsPerDay: 2 });
    await startStudying(db.prisma, utc, [], T0);
    await studySession(db.prisma, utc, scope, evening, () => 4);
    expect((await computeStudyQueue(db.prisma, utc, scope, new Date("2025-03-03T06:00:00Z"))).counts.new).toBe(0);
    expect((await computeStudyQueue(db.prisma, utc, scope, new Date("2025-03-04T03:59:00Z"))).counts.new).toBe(0);
    expect((await computeStudyQueue(db.prisma, utc, scope, new Date("2025-03-04T04:00:00Z"))).counts.new).toBe(2);
  });

  test("learning steps come back when due, or a little early when nothing else is left", async () => {
    const learner = await newLearner(db.prisma, { newCardsPerDay: 1 });
    const scope = await startStudying(db.prisma, learner, [], T0);
    const { card } = await getStudyQueue(db.prisma, learner, scope, { now: T0 });
    const outcome = await storeReview(db.prisma, learner, { cardId: card!.id, rating: 3, requestId: randomUUID() }, T0);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.card.state).toBe(1);
    const stepMs = outcome.card.due.getTime() - T0.getTime();
    expect(stepMs).toBeLessThanOrEqual(LEARN_AHEAD_MS);
    const soon = await getStudyQueue(db.prisma, learner, scope, { now: new Date(T0.getTime() + MINUTE) });
    expect(soon.card?.id).toBe(card!.id); // learn-ahead: within 20 minutes and nothing else to do
    expect(soon.nextLearningDue).toBe(outcome.card.due.toISOString());
    // A step due further away is not shown early: the session ends with "come back at".
    await db.prisma.card.update({ where: { id: card!.id }, data: { due: new Date(T0.getTime() + 2 * HOUR) } });
    const later = await getStudyQueue(db.prisma, learner, scope, { now: new Date(T0.getTime() + MINUTE) });
    expect(later.card).toBeNull();
    expect(later.nextLearningDue).toBe(new Date(T0.getTime() + 2 * HOUR).toISOString());
  });

  test("a deck scope limits the queue to that deck's facts and terms; other directions are left out", async () => {
    const learner = await newLearner(db.prisma, { newCardsPerDay: 50 });
    const deck = await db.prisma.deck.findFirstOrThrow({ where: { parentId: { not: null } }, orderBy: { position: "asc" } });
    await startStudying(db.prisma, learner, [], T0);
    const scope = await scopeOf(db.prisma, [deck.key]);
    const queue = await computeStudyQueue(db.prisma, learner, scope, T0);
    const factIds = new Set((await db.prisma.fact.findMany({ where: { deckId: deck.id }, select: { id: true } })).map((f) => f.id));
    const termIds = new Set((await db.prisma.term.findMany({ where: { deckId: deck.id }, select: { id: true } })).map((t) => t.id));
    expect(queue.cards.length).toBe(Math.min(50, factIds.size + termIds.size));
    expect(queue.cards.every((c) => (c.factId && factIds.has(c.factId)) || (c.termId && termIds.has(c.termId)))).toBe(true);

    // Started cards of the deck come back in the scoped queue (its started-card path), others stay out.
    for (const card of queue.cards.slice(0, 4)) {
      await storeReview(db.prisma, learner, { cardId: card.id, rating: 1, requestId: randomUUID() }, T0);
    }
    const outside = await db.prisma.card.findFirstOrThrow({ where: { userId: learner.id, factId: { notIn: [...factIds] }, termId: null } });
    await storeReview(db.prisma, learner, { cardId: outside.id, rating: 1, requestId: randomUUID() }, T0);
    const later = await computeStudyQueue(db.prisma, learner, scope, new Date(T0.getTime() + 5 * MINUTE));
    expect(later.counts.learning).toBe(4);
    expect(later.cards.slice(0, 4).map((c) => c.id).sort()).toEqual(queue.cards.slice(0, 4).map((c) => c.id).sort());
    expect(later.cards.some((c) => c.id === outside.id)).toBe(false);
    const everything = await computeStudyQueue(db.prisma, learner, await scopeOf(db.prisma), new Date(T0.getTime() + 5 * MINUTE));
    expect(everything.counts.learning).toBe(5);

    await db.prisma.user.update({ where: { id: learner.id }, data: { directions: JSON.stringify(["en-ja"]) } });
    const onlyEnJa = await computeStudyQueue(db.prisma, { ...learner, directions: JSON.stringify(["en-ja"]) }, scope, T0);
    expect(onlyEnJa.cards.every((c) => c.direction === "en-ja")).toBe(true);
  });

  test("a card whose fact was deleted is gone with it, and the queue moves on", async () => {
    const learner = await newLearner(db.prisma, { newCardsPerDay: 5 });
    const scope = await startStudying(db.prisma, learner, [], T0);
    const { card } = await getStudyQueue(db.prisma, learner, scope, { now: T0 });
    const row = await db.prisma.card.findUniqueOrThrow({ where: { id: card!.id } });
    // An editor deletes the card's content: its cards (both directions) go with it (Card.fact/term cascade).
    if (row.factId) await db.prisma.fact.delete({ where: { id: row.factId } });
    else await db.prisma.term.delete({ where: { id: row.termId! } });
    const view = await getStudyQueue(db.prisma, learner, scope, { now: T0 });
    expect(view.card).not.toBeNull();
    expect(view.card!.id).not.toBe(card!.id);
    expect(await db.prisma.card.count({ where: { userId: learner.id, noteKey: row.noteKey } })).toBe(0);
  });
});

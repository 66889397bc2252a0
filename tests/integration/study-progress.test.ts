// Progress figures against a hand recomputation from review-log rows written directly (fast and exact):
// streaks across the heatmap window, undo rows, time zones, quiz history, and one learner never
// seeing another's figures.
import { randomUUID } from "node:crypto";
import { describeEachDatabase } from "../support/test-database";
import { seedDefaultDeck } from "@/app/_data/seed-default-deck";
import { getProgress, HEATMAP_DAYS } from "@/app/_data/study/progress";
import { storeReview, undoLatestReview } from "@/app/_data/study/review";
import { getStudyQueue } from "@/app/_data/study/queue";
import { serializeCardState, newCardState } from "@/app/_domain/srs/card-state";
import { addDays, dayKey } from "@/app/_domain/srs/learner-day";
import type { Db } from "@/app/_data/prisma-client";
import type { ReviewKind } from "@/prisma/generated/sqlite/enums";
import { DAY, HOUR, newLearner, startStudying } from "./study-support";

const NOW = new Date("2025-06-15T12:00:00Z"); // 21:00 in Tokyo

async function writeLogs(db: Db, userId: string, cardId: string, instants: Date[], overrides: Partial<{ state: number; rating: number; kind: ReviewKind }> = {}) {
  const rows = instants.map((reviewedAt) => ({
    requestId: randomUUID(),
    userId,
    cardId,
    kind: overrides.kind ?? "review",
    rating: overrides.rating ?? 3,
    state: overrides.state ?? 2,
    due: reviewedAt,
    stability: 10,
    difficulty: 5,
    elapsedDays: 3,
    lastElapsedDays: 3,
    scheduledDays: 3,
    learningSteps: 0,
    reviewedAt,
    previousCard: serializeCardState(newCardState(reviewedAt)),
  }));
  await db.reviewLog.createMany({ data: rows });
}

describeEachDatabase("progress figures", (db) => {
  beforeAll(async () => {
    await seedDefaultDeck(db.prisma);
  }, 120_000);

  test("a streak longer than the heatmap's year is counted in full; days follow the learner's time zone", async () => {
    const learner = await newLearner(db.prisma, { timeZone: "Asia/Tokyo" });
    await startStudying(db.prisma, learner, [], new Date(NOW.getTime() - 500 * DAY));
    const card = await db.prisma.card.findFirstOrThrow({ where: { userId: learner.id } });
    // One review a day at 10:00 Tokyo for 400 days up to today, then a gap, then older days.
    const days = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2025, 5, 15, 1) - i * DAY));
    const older = Array.from({ length: 5 }, (_, i) => new Date(Date.UTC(2025, 5, 15, 1) - (402 + i) * DAY));
    await writeLogs(db.prisma, learner.id, card.id, [...days, ...older]);
    // 02:00 Tokyo on 15 June belongs to the learner day of 14 June: no new day, no double count.
    await writeLogs(db.prisma, learner.id, card.id, [new Date("2025-06-14T17:00:00Z")]);

    const progress = await getProgress(db.prisma, learner, NOW);
    expect(progress.today).toBe("2025-06-15");
    expect(progress.streak).toBe(400);
    expect(progress.heatmap).toHaveLength(HEATMAP_DAYS);
    expect(progress.heatmap.at(-1)).toEqual({ day: "2025-06-15", count: 1 });
    expect(progress.heatmap.at(-2)).toEqual({ day: "2025-06-14", count: 2 });
    expect(progress.heatmap[0].day).toBe(addDays("2025-06-15", -(HEATMAP_DAYS - 1)));
    expect(progress.totalReviews).toBe(406);
    expect(progress.reviewedToday).toBe(1);
  });

  test("the streak survives the morning before the day's first review, and ends after a day off", async () => {
    const learner = await newLearner(db.prisma);
    await startStudying(db.prisma, learner, [], NOW);
    const card = await db.prisma.card.findFirstOrThrow({ where: { userId: learner.id } });
    await writeLogs(db.prisma, learner.id, card.id, [1, 2, 3].map((d) => new Date(NOW.getTime() - d * DAY)));
    expect((await getProgress(db.prisma, learner, NOW)).streak).toBe(3);
    expect((await getProgress(db.prisma, learner, new Date(NOW.getTime() + DAY))).streak).toBe(0);
  });

  test("undone reviews do not count anywhere; retention counts review-state answers of the last 30 days", async () => {
    const learner = await newLearner(db.prisma, { desiredRetention: 0.85 });
    const scope = await startStudying(db.prisma, learner, [], NOW);
    const card = await db.prisma.card.findFirstOrThrow({ where: { userId: learner.id } });
    await writeLogs(db.prisma, learner.id, card.id, [2, 3, 4].map((d) => new Date(NOW.getTime() - d * DAY)), { rating: 3 });
    await writeLogs(db.prisma, learner.id, card.id, [5].map((d) => new Date(NOW.getTime() - d * DAY)), { rating: 1 });
    await writeLogs(db.prisma, learner.id, card.id, [40].map((d) => new Date(NOW.getTime() - d * DAY)), { rating: 1 });
    await writeLogs(db.prisma, learner.id, card.id, [6].map((d) => new Date(NOW.getTime() - d * DAY)), { rating: 1, state: 1 });
    // A real review today, then its undo: neither counts.
    const view = await getStudyQueue(db.prisma, learner, scope, { now: NOW });
    const done = await storeReview(db.prisma, learner, { cardId: view.card!.id, rating: 1, requestId: randomUUID() }, NOW);
    if (!done.ok) throw new Error(done.error);
    await undoLatestReview(db.prisma, learner, { reviewId: done.reviewId, requestId: randomUUID() }, new Date(NOW.getTime() + 1000));

    const progress = await getProgress(db.prisma, learner, new Date(NOW.getTime() + HOUR));
    expect(progress.retention).toEqual({ actual: 3 / 4, desired: 0.85, passed: 3, failed: 1, total: 4 });
    expect(progress.totalReviews).toBe(6);
    expect(progress.reviewedToday).toBe(0);
    expect(progress.heatmap.reduce((s, d) => s + d.count, 0)).toBe(6);
    expect(progress.streak).toBe(0); // nothing yesterday (learner day of 14 June): the 2-day-old review does not reach
  });

  test("quiz history lists the learner's attempts, newest first, with their share of points", async () => {
    const learner = await newLearner(db.prisma);
    const other = await newLearner(db.prisma);
    const base = { config: "{}", seed: "s", questions: "[]" };
    await db.prisma.quizAttempt.create({ data: { ...base, userId: learner.id, total: 10, score: 7.5, createdAt: new Date(NOW.getTime() - 2 * DAY), finishedAt: new Date(NOW.getTime() - 2 * DAY) } });
    await db.prisma.quizAttempt.create({ data: { ...base, userId: learner.id, total: 5, score: 5, createdAt: new Date(NOW.getTime() - DAY), finishedAt: new Date(NOW.getTime() - DAY) } });
    await db.prisma.quizAttempt.create({ data: { ...base, userId: learner.id, total: 20, score: 0, createdAt: NOW } });
    await db.prisma.quizAttempt.create({ data: { ...base, userId: other.id, total: 3, score: 1, createdAt: NOW } });
    const progress = await getProgress(db.prisma, learner, NOW);
    expect(progress.quizzes.map((q) => [q.total, q.score, q.ratio, q.finishedAt !== null])).toEqual([
      [20, 0, 0, false],
      [5, 5, 1, true],
      [10, 7.5, 0.75, true],
    ]);
  });

  test("one learner's progress never includes another's cards or reviews", async () => {
    const alice = await newLearner(db.prisma);
    const bob = await newLearner(db.prisma);
    const scope = await startStudying(db.prisma, alice, [], NOW);
    for (let i = 0; i < 3; i++) {
      const view = await getStudyQueue(db.prisma, alice, scope, { now: NOW });
      await storeReview(db.prisma, alice, { cardId: view.card!.id, rating: 4, requestId: randomUUID() }, NOW);
    }
    const bobs = await getProgress(db.prisma, bob, NOW);
    expect(bobs).toMatchObject({ totalReviews: 0, reviewedToday: 0, streak: 0, dueToday: 0, weakest: [], leeches: [], quizzes: [] });
    expect(bobs.cards.total).toBe(0);
    const alices = await getProgress(db.prisma, alice, NOW);
    expect(alices.totalReviews).toBe(3);
    expect(alices.heatmap.find((d) => d.day === dayKey(NOW, "UTC"))?.count).toBe(3);
    expect(alices.cards.total - alices.cards.new).toBe(3);
    // Three cards just answered "easy" are not weak (recall 100 %, never forgotten).
    expect(alices.weakest).toEqual([]);
  });
});

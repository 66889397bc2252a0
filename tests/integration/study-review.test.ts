import { randomUUID } from "node:crypto";
import { describeEachDatabase } from "../support/test-database";
import { seedDefaultDeck } from "@/app/_data/seed-default-deck";
import { getStudyQueue } from "@/app/_data/study/queue";
import { getFact } from "@/app/_data/facts/get-fact";
import { storeReview, undoLatestReview } from "@/app/_data/study/review";
import { parseCardState, pickCardState, type CardStateValue } from "@/app/_domain/srs/card-state";
import { LEECH_LAPSES } from "@/app/_domain/srs/card-state";
import { DAY, MINUTE, newLearner, replayWithTsFsrs, startStudying } from "./study-support";

const T0 = new Date("2025-03-03T09:00:00Z");

describeEachDatabase("reviews and undo", (db) => {
  beforeAll(async () => {
    await seedDefaultDeck(db.prisma);
  }, 120_000);

  const cardRow = async (id: string) => {
    const row = await db.prisma.card.findUniqueOrThrow({ where: { id } });
    return { ...row, state: row.state as CardStateValue };
  };

  test("a review is stored with the FSRS state ts-fsrs computes, and logged with the state before", async () => {
    const learner = await newLearner(db.prisma, { desiredRetention: 0.85 });
    const scope = await startStudying(db.prisma, learner, [], T0);
    const view = await getStudyQueue(db.prisma, learner, scope, { now: T0 });
    const card = view.card!;
    const created = (await cardRow(card.id)).createdAt;
    const ratings: Array<[number, Date]> = [];
    let now = T0;
    for (const rating of [3, 3, 1, 3, 4] as const) {
      const before = pickCardState(await cardRow(card.id));
      const outcome = await storeReview(db.prisma, learner, { cardId: card.id, rating, requestId: randomUUID() }, now);
      expect(outcome.ok).toBe(true);
      ratings.push([rating, now]);
      const after = await cardRow(card.id);
      const reference = replayWithTsFsrs(ratings.map(([r, at]) => ({ rating: r, reviewedAt: at })), created, 0.85);
      expect(after.due.toISOString()).toBe(reference.due.toISOString());
      expect(after.stability).toBe(reference.stability);
      expect(after.difficulty).toBe(reference.difficulty);
      expect(after.state).toBe(reference.state);
      expect(after.reps).toBe(reference.reps);
      expect(after.lapses).toBe(reference.lapses);
      expect(after.scheduledDays).toBe(reference.scheduled_days);
      expect(after.learningSteps).toBe(reference.learning_steps);
      expect(after.lastReview?.toISOString()).toBe(now.toISOString());
      const log = await db.prisma.reviewLog.findUniqueOrThrow({ where: { id: outcome.ok ? outcome.reviewId : "" } });
      expect(log).toMatchObject({ kind: "review", rating, state: before.state, userId: learner.id, cardId: card.id });
      expect(log.due.toISOString()).toBe(before.due.toISOString());
      expect(parseCardState(log.previousCard)).toEqual(before);
      now = new Date(Math.max(after.due.getTime(), now.getTime()) + MINUTE);
    }
  });

  test("the rating buttons preview the intervals the review then gives", async () => {
    const learner = await newLearner(db.prisma);
    const scope = await startStudying(db.prisma, learner, [], T0);
    const view = await getStudyQueue(db.prisma, learner, scope, { now: T0 });
    // The card shows its fact: question → answer in its direction, with the source passage and citation.
    const row = await db.prisma.card.findUniqueOrThrow({ where: { id: view.card!.id } });
    const fact = await db.prisma.fact.findUniqueOrThrow({ where: { id: row.factId! }, include: { source: true, deck: true } });
    expect(row.direction).toBe("ja-en");
    expect(view.card).toMatchObject({
      kind: "fact",
      key: fact.key,
      front: { text: fact.questionJa, lang: "ja" },
      answer: { text: fact.answerTextEn, lang: "en" },
      detail: { text: fact.statementEn, lang: "en" },
      deckNameEn: fact.deck.nameEn,
      citation: { passage: fact.passage, locatorEn: fact.locatorEn, sourceTitleJa: fact.source.titleJa, sourceNumber: fact.source.number },
    });
    // The same citation as the fact's own page.
    expect(view.card!.citation).toEqual((await getFact(db.prisma, fact.key))!.citation);
    expect(view.card!.intervals.map((i) => i.rating)).toEqual([1, 2, 3, 4]);
    expect(view.card!.intervals.slice(0, 3).every((i) => i.unit === "minute")).toBe(true);
    const outcome = await storeReview(db.prisma, learner, { cardId: view.card!.id, rating: 3, requestId: randomUUID() }, T0);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(Math.round((outcome.card.due.getTime() - T0.getTime()) / MINUTE)).toBe(view.card!.intervals[2].value);
  });

  test("a retried submission (same request id) is stored once and answers the same", async () => {
    const learner = await newLearner(db.prisma);
    const scope = await startStudying(db.prisma, learner, [], T0);
    const { card } = await getStudyQueue(db.prisma, learner, scope, { now: T0 });
    const requestId = randomUUID();
    const first = await storeReview(db.prisma, learner, { cardId: card!.id, rating: 3, requestId }, T0);
    const again = await storeReview(db.prisma, learner, { cardId: card!.id, rating: 3, requestId }, new Date(T0.getTime() + 5000));
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.duplicate).toBe(true);
    expect(again.reviewId).toBe(first.reviewId);
    expect(again.card).toEqual(first.card);
    expect(await db.prisma.reviewLog.count({ where: { userId: learner.id } })).toBe(1);
    expect(pickCardState(await cardRow(card!.id))).toEqual(first.card);

    // Two identical requests racing each other: still one row, both told the same.
    const next = (await getStudyQueue(db.prisma, learner, scope, { now: T0 })).card!;
    const raced = randomUUID();
    const both = await Promise.all([0, 1].map(() => storeReview(db.prisma, learner, { cardId: next.id, rating: 4, requestId: raced }, T0)));
    expect(both.every((o) => o.ok)).toBe(true);
    expect(await db.prisma.reviewLog.count({ where: { userId: learner.id, requestId: raced } })).toBe(1);
    expect((await cardRow(next.id)).reps).toBe(1);
  });

  test("undo restores the card exactly, is logged, and the review stops counting", async () => {
    const learner = await newLearner(db.prisma);
    const scope = await startStudying(db.prisma, learner, [], T0);
    const { card } = await getStudyQueue(db.prisma, learner, scope, { now: T0 });
    const r1 = await storeReview(db.prisma, learner, { cardId: card!.id, rating: 3, requestId: randomUUID() }, T0);
    const t1 = new Date(T0.getTime() + 11 * MINUTE);
    const between = pickCardState(await cardRow(card!.id));
    const r2 = await storeReview(db.prisma, learner, { cardId: card!.id, rating: 1, requestId: randomUUID() }, t1);
    if (!r1.ok || !r2.ok) throw new Error("review failed");

    // Only the latest review of a card can be undone.
    expect(await undoLatestReview(db.prisma, learner, { reviewId: r1.reviewId, requestId: randomUUID() }, t1)).toEqual({ ok: false, error: "notLatest" });

    const undoRequest = randomUUID();
    const undo = await undoLatestReview(db.prisma, learner, { reviewId: r2.reviewId, requestId: undoRequest }, new Date(t1.getTime() + 3000));
    expect(undo.ok).toBe(true);
    expect(pickCardState(await cardRow(card!.id))).toEqual(between);
    const undoRow = await db.prisma.reviewLog.findFirstOrThrow({ where: { userId: learner.id, kind: "undo" } });
    expect(undoRow).toMatchObject({ undoesId: r2.reviewId, rating: 0, cardId: card!.id });
    expect(await db.prisma.reviewLog.count({ where: { userId: learner.id } })).toBe(3);

    // Retrying the undo changes nothing; undoing it again is refused.
    expect(await undoLatestReview(db.prisma, learner, { reviewId: r2.reviewId, requestId: undoRequest })).toMatchObject({ ok: true, duplicate: true });
    expect(await undoLatestReview(db.prisma, learner, { reviewId: r2.reviewId, requestId: randomUUID() })).toEqual({ ok: false, error: "alreadyUndone" });
    expect(await db.prisma.reviewLog.count({ where: { userId: learner.id } })).toBe(3);

    // Now the first review is the latest again and can be undone too: back to a new card.
    expect((await undoLatestReview(db.prisma, learner, { reviewId: r1.reviewId, requestId: randomUUID() }, t1)).ok).toBe(true);
    const restored = await cardRow(card!.id);
    expect(restored).toMatchObject({ state: 0, reps: 0, lapses: 0, lastReview: null });
    // The undone new card gives its place back in today's new-card limit, and comes first again.
    const view = await getStudyQueue(db.prisma, learner, scope, { now: t1, preferCardId: card!.id });
    expect(view.card!.id).toBe(card!.id);
    expect(view.reviewedToday).toBe(0);
  });

  test("one learner cannot review or undo another learner's card", async () => {
    const alice = await newLearner(db.prisma);
    const mallory = await newLearner(db.prisma);
    const scope = await startStudying(db.prisma, alice, [], T0);
    const { card } = await getStudyQueue(db.prisma, alice, scope, { now: T0 });
    const before = await cardRow(card!.id);
    expect(await storeReview(db.prisma, mallory, { cardId: card!.id, rating: 4, requestId: randomUUID() }, T0)).toEqual({ ok: false, error: "notFound" });
    const mine = await storeReview(db.prisma, alice, { cardId: card!.id, rating: 3, requestId: randomUUID() }, T0);
    if (!mine.ok) throw new Error(mine.error);
    expect(await undoLatestReview(db.prisma, mallory, { reviewId: mine.reviewId, requestId: randomUUID() }, T0)).toEqual({ ok: false, error: "notFound" });
    expect(await db.prisma.reviewLog.count({ where: { userId: mallory.id } })).toBe(0);
    expect((await cardRow(card!.id)).reps).toBe(before.reps + 1);
    // A request id is per learner: Mallory reusing Alice's does not see Alice's review.
    const aliceLog = await db.prisma.reviewLog.findUniqueOrThrow({ where: { id: mine.reviewId } });
    expect(await storeReview(db.prisma, mallory, { cardId: card!.id, rating: 3, requestId: aliceLog.requestId }, T0)).toEqual({ ok: false, error: "notFound" });
  });

  test(`a card lapsed ${LEECH_LAPSES} times is flagged as a leech; undoing the lapse unflags it`, async () => {
    const learner = await newLearner(db.prisma);
    const scope = await startStudying(db.prisma, learner, [], T0);
    const { card } = await getStudyQueue(db.prisma, learner, scope, { now: T0 });
    let now = T0;
    let last: string | undefined;
    for (let guard = 0; guard < 200; guard++) {
      const row = await cardRow(card!.id);
      if (row.lapses >= LEECH_LAPSES) break;
      expect(row.leech).toBe(false);
      // Pass learning steps with Good; once in Review, forget it (Again) to lapse.
      const rating = row.state === 2 ? 1 : 3;
      const outcome = await storeReview(db.prisma, learner, { cardId: card!.id, rating, requestId: randomUUID() }, now);
      if (!outcome.ok) throw new Error(outcome.error);
      last = outcome.reviewId;
      now = new Date(Math.max(outcome.card.due.getTime(), now.getTime()) + MINUTE);
    }
    const leech = await cardRow(card!.id);
    expect(leech.lapses).toBe(LEECH_LAPSES);
    expect(leech.leech).toBe(true);
    expect((await undoLatestReview(db.prisma, learner, { reviewId: last!, requestId: randomUUID() }, now)).ok).toBe(true);
    expect(await cardRow(card!.id)).toMatchObject({ lapses: LEECH_LAPSES - 1, leech: false });
    expect(now.getTime() - T0.getTime()).toBeLessThan(400 * DAY);
  });
});

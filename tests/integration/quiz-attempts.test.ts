// Quiz attempts on real databases: storing, grading on the server, idempotent answers, who may see what,
// results from the stored answers, and retrying the missed questions.
import { describeEachDatabase } from "../support/test-database";
import { seedDefaultDeck } from "@/app/_data/seed-default-deck";
import { createGuest } from "@/app/_data/auth/user-store";
import { createAttempt, createRetryAttempt } from "@/app/_data/quiz/start-attempt";
import { gradeAndStoreAnswer } from "@/app/_data/quiz/answer-question";
import { getFact } from "@/app/_data/facts/get-fact";
import { getQuestionPage, getResults, firstUnanswered } from "@/app/_data/quiz/attempt-views";
import type { StoredQuestion } from "@/app/_data/quiz/attempt-store";
import { QUESTION_TYPES, type QuizConfig } from "@/app/_domain/quiz/types";
import { correctResponse, KEY_FIELD_NAMES, wrongResponse } from "./quiz-support";

const config = (over: Partial<QuizConfig> = {}): QuizConfig => ({
  deckKeys: "all",
  tags: [],
  count: 12,
  types: [...QUESTION_TYPES],
  direction: "en-ja",
  seed: "attempt-test",
  ...over,
});

describeEachDatabase("quiz attempts", (db) => {
  beforeAll(async () => {
    await seedDefaultDeck(db.prisma);
  }, 120_000);

  const learner = async () => (await createGuest(db.prisma)).user.id;
  const start = async (userId: string, over: Partial<QuizConfig> = {}) => {
    const outcome = await createAttempt(db.prisma, userId, config(over));
    if (!outcome.ok) throw new Error(`could not start: ${outcome.error}`);
    return outcome.attemptId;
  };
  const storedQuestions = async (attemptId: string): Promise<StoredQuestion[]> =>
    JSON.parse((await db.prisma.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).questions);
  const answerCount = (attemptId: string) => db.prisma.quizAnswer.count({ where: { attemptId } });

  test("starting stores the attempt with every question and its key, on the server", async () => {
    const userId = await learner();
    const id = await start(userId);
    const row = await db.prisma.quizAttempt.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ userId, total: 12, score: 0, seed: "attempt-test", finishedAt: null });
    const questions = await storedQuestions(id);
    expect(questions).toHaveLength(12);
    for (const q of questions) {
      expect(q.key.type).toBe(q.public.type);
      for (const item of q.reveal) expect(item.sourceKey).toBe("nids-commentary-289");
    }
    expect(JSON.parse(row.config)).toMatchObject({ deckKeys: "all", count: 12, direction: "en-ja", shortfalls: [], retryOf: null });
  });

  test("an unknown deck or a quiz with nothing to ask is refused and stores nothing", async () => {
    const userId = await learner();
    expect(await createAttempt(db.prisma, userId, config({ deckKeys: ["no-such-deck"] }))).toEqual({ ok: false, error: "unknownDeck" });
    const none = await createAttempt(db.prisma, userId, config({ tags: ["no-such-tag"], types: ["cloze"] }));
    expect(none).toMatchObject({ ok: false, error: "noQuestions" });
    expect(await db.prisma.quizAttempt.count({ where: { userId } })).toBe(0);
  });

  test("a question page shows the public question only, until it is answered", async () => {
    const userId = await learner();
    const id = await start(userId);
    const questions = await storedQuestions(id);
    for (let position = 0; position < questions.length; position++) {
      const page = (await getQuestionPage(db.prisma, userId, id, position))!;
      const json = JSON.stringify(page);
      for (const name of KEY_FIELD_NAMES) expect(json).not.toContain(name);
      expect(page.answer).toBeNull();
      expect(page.question).toEqual(expect.objectContaining({ id: questions[position].public.id, type: questions[position].public.type }));
    }
    await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position: 0, response: correctResponse(questions[0]) });
    const answered = (await getQuestionPage(db.prisma, userId, id, 0))!;
    expect(answered.answer).toMatchObject({ verdict: "correct", score: 1 });
    expect(answered.answer!.reveal[0].citation?.sourceTitleJa).toBeTruthy();
    expect(answered.nextUnanswered).toBe(1);
    expect(await getQuestionPage(db.prisma, userId, id, questions.length)).toBeNull();
  });

  test("answers are graded on the server and stored with the running score", async () => {
    const userId = await learner();
    const id = await start(userId);
    const questions = await storedQuestions(id);
    const right = await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position: 0, response: correctResponse(questions[0]) });
    expect(right).toMatchObject({ ok: true, replayed: false, answer: { position: 0, verdict: "correct", score: 1 } });
    const wrong = await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position: 1, response: wrongResponse(questions[1]) });
    expect(wrong).toMatchObject({ ok: true, answer: { position: 1, verdict: "wrong" } });
    const rows = await db.prisma.quizAnswer.findMany({ where: { attemptId: id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.position, r.verdict])).toEqual([[0, "correct"], [1, "wrong"]]);
    const attempt = await db.prisma.quizAttempt.findUniqueOrThrow({ where: { id } });
    expect(attempt.score).toBeCloseTo(1 + rows[1].score);
    // A single-fact question records its fact (or term) for progress tracking.
    if (questions[0].reveal.length === 1) expect(rows[0].factId ?? rows[0].termId).toBeTruthy();
  });

  test("the same answer submitted again counts once and gets the same result", async () => {
    const userId = await learner();
    const id = await start(userId);
    const [q] = await storedQuestions(id);
    const first = await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position: 0, response: correctResponse(q) });
    const again = await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position: 0, response: correctResponse(q) });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await answerCount(id)).toBe(1);
    expect((await db.prisma.quizAttempt.findUniqueOrThrow({ where: { id } })).score).toBe(1);
  });

  test("a matching answer is the same answer whatever the order of its pairs", async () => {
    const userId = await learner();
    const id = await start(userId, { types: ["matching"], count: 1 });
    const [q] = await storedQuestions(id);
    expect(q.key.type).toBe("matching");
    const pairs = correctResponse(q).pairs as Record<string, string>;
    const reversed = Object.fromEntries(Object.entries(pairs).reverse());
    expect((await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position: 0, response: { pairs } })).ok).toBe(true);
    expect(await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position: 0, response: { pairs: reversed } })).toMatchObject({ ok: true, replayed: true });
  });

  test("two submissions at once store one answer", async () => {
    const userId = await learner();
    const id = await start(userId);
    const questions = await storedQuestions(id);
    const input = { attemptId: id, position: 2, response: correctResponse(questions[2]) };
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => gradeAndStoreAnswer(db.prisma, userId, input)));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(outcomes.filter((o) => o.ok && !o.replayed)).toHaveLength(1);
    expect(await answerCount(id)).toBe(1);
    expect((await db.prisma.quizAttempt.findUniqueOrThrow({ where: { id } })).score).toBe(1);
  });

  test("answers to different questions at once all count", async () => {
    const userId = await learner();
    const id = await start(userId);
    const questions = await storedQuestions(id);
    await Promise.all(questions.map((q, position) => gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position, response: correctResponse(q) })));
    const attempt = await db.prisma.quizAttempt.findUniqueOrThrow({ where: { id } });
    expect(attempt.score).toBe(questions.length);
    expect(attempt.finishedAt).not.toBeNull();
  });

  test("a different second answer is refused and changes nothing", async () => {
    const userId = await learner();
    const id = await start(userId);
    const [q] = await storedQuestions(id);
    await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position: 0, response: wrongResponse(q) });
    const second = await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position: 0, response: correctResponse(q) });
    expect(second).toMatchObject({ ok: false, error: "alreadyAnswered", answer: { verdict: "wrong" } });
    const rows = await db.prisma.quizAnswer.findMany({ where: { attemptId: id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].verdict).toBe("wrong");
  });

  test("malformed, empty and foreign answers are refused and store nothing", async () => {
    const userId = await learner();
    const id = await start(userId);
    const questions = await storedQuestions(id);
    const typed = questions.findIndex((q) => q.key.type === "cloze");
    const choice = questions.findIndex((q) => q.key.type === "multiple_choice");
    const answer = (position: number, response: unknown) => gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position, response });
    expect(await answer(choice, { optionId: "not-an-option" })).toEqual({ ok: false, error: "invalidResponse" });
    expect(await answer(choice, { text: "hello" })).toEqual({ ok: false, error: "invalidResponse" });
    expect(await answer(choice, "garbage")).toEqual({ ok: false, error: "invalidResponse" });
    expect(await answer(typed, { text: "   " })).toEqual({ ok: false, error: "emptyAnswer" });
    expect(await answer(99, { text: "x" })).toEqual({ ok: false, error: "notFound" });
    expect(await answer(-1, { text: "x" })).toEqual({ ok: false, error: "notFound" });
    expect(await gradeAndStoreAnswer(db.prisma, userId, { attemptId: "nosuchattempt", position: 0, response: { text: "x" } })).toEqual({ ok: false, error: "notFound" });
    expect(await gradeAndStoreAnswer(db.prisma, userId, { attemptId: "'; DROP TABLE", position: 0, response: { text: "x" } })).toEqual({ ok: false, error: "notFound" });
    expect(await answerCount(id)).toBe(0);
  });

  test("another learner can neither answer nor read the attempt", async () => {
    const owner = await learner();
    const other = await learner();
    const id = await start(owner);
    const [q] = await storedQuestions(id);
    expect(await gradeAndStoreAnswer(db.prisma, other, { attemptId: id, position: 0, response: correctResponse(q) })).toEqual({ ok: false, error: "notFound" });
    expect(await answerCount(id)).toBe(0);
    expect(await getQuestionPage(db.prisma, other, id, 0)).toBeNull();
    expect(await getResults(db.prisma, other, id)).toBeNull();
    expect(await firstUnanswered(db.prisma, other, id)).toBeNull();
    expect(await createRetryAttempt(db.prisma, other, id, "x")).toEqual({ ok: false, error: "notFound" });
  });

  test("results are computed from the stored answers; unanswered questions keep their key", async () => {
    const userId = await learner();
    const id = await start(userId);
    const questions = await storedQuestions(id);
    for (const [position, q] of questions.entries()) {
      if (position === questions.length - 1) break;
      const response = position % 3 === 0 ? wrongResponse(q) : correctResponse(q);
      await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position, response });
    }
    const partial = (await getResults(db.prisma, userId, id))!;
    expect(partial.finished).toBe(false);
    expect(partial.answeredCount).toBe(questions.length - 1);
    const last = partial.items[questions.length - 1];
    expect(last.answer).toBeNull();
    for (const name of KEY_FIELD_NAMES) expect(JSON.stringify(last)).not.toContain(name);
    expect(await firstUnanswered(db.prisma, userId, id)).toEqual({ position: questions.length - 1 });

    const lastQ = questions[questions.length - 1];
    await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position: questions.length - 1, response: correctResponse(lastQ) });
    const results = (await getResults(db.prisma, userId, id))!;
    const rows = await db.prisma.quizAnswer.findMany({ where: { attemptId: id } });
    expect(results.finished).toBe(true);
    expect(results.score).toBeCloseTo(rows.reduce((s, r) => s + r.score, 0));
    expect(results.missedCount).toBe(rows.filter((r) => r.verdict === "wrong").length);
    for (const item of results.items) {
      expect(item.answer).not.toBeNull();
      for (const reveal of item.answer!.reveal) {
        expect(reveal.passage.length).toBeGreaterThan(0);
        expect(reveal.citation).toMatchObject({ sourceTitleEn: expect.any(String), locatorEn: reveal.locatorEn, passage: reveal.passage });
        // The same citation as the fact's own page.
        if (reveal.kind === "fact") expect(reveal.citation).toEqual((await getFact(db.prisma, reveal.key))!.citation);
      }
    }
    expect((await db.prisma.quizAttempt.findUniqueOrThrow({ where: { id } })).finishedAt).not.toBeNull();
    expect(await firstUnanswered(db.prisma, userId, id)).toEqual({ position: null });
  });

  test("retrying the missed questions asks their facts and terms again, and only those", async () => {
    const userId = await learner();
    const id = await start(userId, { count: 10 });
    const questions = await storedQuestions(id);
    const missed = new Set<string>();
    for (const [position, q] of questions.entries()) {
      const miss = position % 2 === 0;
      if (miss) q.reveal.forEach((r) => missed.add(`${r.kind}:${r.key}`));
      await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position, response: miss ? wrongResponse(q) : correctResponse(q) });
    }
    const retry = await createRetryAttempt(db.prisma, userId, id, "retry-seed");
    expect(retry.ok).toBe(true);
    const retryId = retry.ok ? retry.attemptId : "";
    const asked = (await storedQuestions(retryId)).flatMap((q) => q.reveal.map((r) => `${r.kind}:${r.key}`));
    expect(asked.length).toBeGreaterThan(0);
    for (const item of asked) expect(missed.has(item)).toBe(true);
    expect((await getResults(db.prisma, userId, retryId))!.retryOf).toBe(id);
    const row = await db.prisma.quizAttempt.findUniqueOrThrow({ where: { id: retryId } });
    expect(JSON.parse(row.config)).toMatchObject({ direction: "en-ja", retryOf: id });
  });

  test("nothing missed, nothing to retry", async () => {
    const userId = await learner();
    const id = await start(userId, { count: 3 });
    const questions = await storedQuestions(id);
    for (const [position, q] of questions.entries()) await gradeAndStoreAnswer(db.prisma, userId, { attemptId: id, position, response: correctResponse(q) });
    expect(await createRetryAttempt(db.prisma, userId, id, "x")).toEqual({ ok: false, error: "nothingMissed" });
  });
});

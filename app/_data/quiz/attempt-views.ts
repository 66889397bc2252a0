// The learner's view of one attempt: a question page, or the results. Only answered questions carry their
// expected answer and sources; an unanswered one is its PublicQuestion and nothing more.
import type { Db } from "../prisma-client";
import { toPublicQuestion } from "../../_domain/quiz/to-public-question";
import { answerView, readAttempt, sourcesFor } from "./attempt-store";
import type { QuestionPageView, ResultsView } from "./views";

const answerSelect = { position: true, response: true, verdict: true, score: true } as const;

/** Null for an unknown attempt, someone else's, or a position it does not have. */
export async function getQuestionPage(db: Db, userId: string, attemptId: unknown, position: number): Promise<QuestionPageView | null> {
  const attempt = await readAttempt(db, userId, attemptId);
  const question = attempt?.questions[position];
  if (!attempt || !question) return null;
  const answers = await db.quizAnswer.findMany({ where: { attemptId: attempt.id }, select: answerSelect });
  const row = answers.find((a) => a.position === position);
  const answered = new Set(answers.map((a) => a.position));
  const total = attempt.questions.length;
  let nextUnanswered: number | null = null;
  for (let step = 1; step < total && nextUnanswered === null; step++) {
    const candidate = (position + step) % total;
    if (!answered.has(candidate)) nextUnanswered = candidate;
  }
  return {
    attemptId: attempt.id,
    position,
    total,
    answeredCount: answered.size,
    direction: attempt.config.direction,
    question: toPublicQuestion(question),
    answer: row ? answerView(question, row, await sourcesFor(db, [question])) : null,
    shortfalls: attempt.config.shortfalls,
    nextUnanswered,
  };
}

/** The first question not yet answered (0-based), or null when every one is. */
export async function firstUnanswered(db: Db, userId: string, attemptId: unknown): Promise<{ position: number | null } | null> {
  const attempt = await readAttempt(db, userId, attemptId);
  if (!attempt) return null;
  const answered = new Set((await db.quizAnswer.findMany({ where: { attemptId: attempt.id }, select: { position: true } })).map((a) => a.position));
  const position = attempt.questions.findIndex((_, i) => !answered.has(i));
  return { position: position < 0 ? null : position };
}

/** Score and every question; computed from the stored answers, not from the attempt's running total. */
export async function getResults(db: Db, userId: string, attemptId: unknown): Promise<ResultsView | null> {
  const attempt = await readAttempt(db, userId, attemptId);
  if (!attempt) return null;
  const [answers, sources] = await Promise.all([
    db.quizAnswer.findMany({ where: { attemptId: attempt.id }, select: answerSelect, orderBy: { position: "asc" } }),
    sourcesFor(db, attempt.questions),
  ]);
  const byPosition = new Map(answers.map((a) => [a.position, a]));
  const items = attempt.questions.map((question, position) => {
    const row = byPosition.get(position);
    return { position, question: toPublicQuestion(question), answer: row ? answerView(question, row, sources) : null };
  });
  return {
    attemptId: attempt.id,
    total: attempt.questions.length,
    answeredCount: answers.length,
    score: answers.reduce((sum, a) => sum + a.score, 0),
    finished: answers.length >= attempt.questions.length,
    direction: attempt.config.direction,
    types: attempt.config.types,
    missedCount: answers.filter((a) => a.verdict === "wrong").length,
    retryOf: attempt.config.retryOf,
    items,
  };
}

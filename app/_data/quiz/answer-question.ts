// Grading and storing one answer. One row per (attempt, position), enforced by a unique index: a retried
// submission of the same answer gets the stored result back and counts once; a different second answer
// is refused.
import type { Db } from "../prisma-client";
import { gradeAnswer } from "../../_domain/quiz/grade-answer";
import { answerView, canonicalJson, readAttempt, sourcesFor, type StoredAttempt } from "./attempt-store";
import type { AnswerOutcome } from "./views";
import { isUniqueViolation } from "../db-helpers/prisma-errors";

/** Parsed at the boundary (answerInputSchema); whether the response fits its question is the grader's rule. */
export interface AnswerInput {
  attemptId: string;
  /** 0-based. */
  position: number;
  response: unknown;
}

export async function gradeAndStoreAnswer(db: Db, userId: string, input: AnswerInput, now = new Date()): Promise<AnswerOutcome> {
  const attempt = await readAttempt(db, userId, input.attemptId);
  const question = attempt?.questions[input.position];
  if (!attempt || !question) return { ok: false, error: "notFound" };

  // Whether the response fits this question (its type, its options) is a rule of the quiz: the grader's.
  const grade = gradeAnswer(question, input.response);
  if (grade.reason === "empty") return { ok: false, error: "emptyAnswer" };
  if (grade.reason) return { ok: false, error: "invalidResponse" };
  const response = canonicalJson(input.response);

  const existing = await storedAnswer(db, attempt, input.position);
  if (existing) return replay(db, attempt, existing, response);

  const factId = question.reveal.length === 1 && question.reveal[0].kind === "fact" ? await idOf(db, "fact", question.reveal[0].key) : null;
  const termId = question.reveal.length === 1 && question.reveal[0].kind === "term" ? await idOf(db, "term", question.reveal[0].key) : null;
  const row = { position: input.position, response, verdict: grade.verdict, score: grade.score };
  try {
    await db.$transaction([
      db.quizAnswer.create({ data: { attemptId: attempt.id, factId, termId, answeredAt: now, ...row } }),
      db.quizAttempt.update({ where: { id: attempt.id }, data: { score: { increment: grade.score } } }),
    ]);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another request for the same question won the race: answer as a retry of it.
    const winner = await storedAnswer(db, attempt, input.position);
    if (!winner) throw error;
    return replay(db, attempt, winner, response);
  }
  // Counted after the commit, so whichever answer commits last sees them all.
  if ((await db.quizAnswer.count({ where: { attemptId: attempt.id } })) >= attempt.total) {
    await db.quizAttempt.updateMany({ where: { id: attempt.id, finishedAt: null }, data: { finishedAt: now } });
  }
  return { ok: true, replayed: false, answer: answerView(question, row, await sourcesFor(db, [question])) };
}

type AnswerRow = { position: number; response: string; verdict: string; score: number };

function storedAnswer(db: Db, attempt: StoredAttempt, position: number): Promise<AnswerRow | null> {
  return db.quizAnswer.findUnique({
    where: { attemptId_position: { attemptId: attempt.id, position } },
    select: { position: true, response: true, verdict: true, score: true },
  });
}

async function replay(db: Db, attempt: StoredAttempt, row: AnswerRow, response: string): Promise<AnswerOutcome> {
  const question = attempt.questions[row.position];
  const answer = answerView(question, row, await sourcesFor(db, [question]));
  return row.response === response ? { ok: true, replayed: true, answer } : { ok: false, error: "alreadyAnswered", answer };
}

async function idOf(db: Db, table: "fact" | "term", key: string): Promise<string | null> {
  const row = table === "fact"
    ? await db.fact.findUnique({ where: { key }, select: { id: true } })
    : await db.term.findUnique({ where: { key }, select: { id: true } });
  return row?.id ?? null;
}

// Storing a player's answer. The domain judges it against the stored game at the server's time (open
// question, current index, a seated player, within deadline + grace); the (player, question) unique
// index keeps one answer each: a retried submission gets the stored judgment back (idempotent replay,
// as app/_data/quiz/answer-question.ts does), a different second answer is refused.
import type { Db } from "../prisma-client";
import { judgeLiveAnswer } from "../../_domain/live/judge-live-answer";
import type { AnswerRefusal } from "../../_domain/live/answer-deadline";
import type { Verdict } from "../../_domain/quiz/grade-answer";
import { gradeAnswer } from "../../_domain/quiz/grade-answer";
import { canonicalJson } from "../quiz/attempt-store";
import { isUniqueViolation } from "../db-helpers/prisma-errors";
import { readGame } from "./game-store";

export interface LiveAnswerInput {
  sessionId: string;
  playerId: string;
  questionIndex: number;
  response: unknown;
}

export type LiveAnswerOutcome =
  | { ok: true; replayed: boolean; questionIndex: number; answerCount: number; verdict: Verdict; points: number; lang: "ja" | "en" }
  | { ok: false; error: AnswerRefusal | "notFound" | "invalidResponse" | "emptyAnswer" | "alreadyAnswered" };

export async function submitLiveAnswer(db: Db, input: LiveAnswerInput, now = new Date()): Promise<LiveAnswerOutcome> {
  const [game, player] = await Promise.all([
    readGame(db, input.sessionId),
    db.player.findUnique({ where: { id: input.playerId }, select: { sessionId: true, locale: true } }),
  ]);
  if (!game || !player || player.sessionId !== game.id) return { ok: false, error: "notFound" };
  const lang = player.locale === "en" ? "en" : "ja";
  const response = canonicalJson(input.response);

  const existing = await stored(db, input.playerId, input.questionIndex);
  if (existing) return replay(db, game.id, input.questionIndex, existing, response);

  const question = game.questions[input.questionIndex];
  if (question) {
    const shape = gradeAnswer(question.versions[lang], input.response);
    if (shape.reason === "empty") return { ok: false, error: "emptyAnswer" };
    if (shape.reason) return { ok: false, error: "invalidResponse" };
  }
  const judgment = judgeLiveAnswer(game.state, game.questions, { playerId: input.playerId, questionIndex: input.questionIndex, lang, response: input.response }, now.getTime());
  if (!judgment.accepted) return { ok: false, error: judgment.reason };
  try {
    await db.$transaction([
      db.liveAnswer.create({
        data: {
          sessionId: game.id,
          playerId: input.playerId,
          questionIndex: input.questionIndex,
          response,
          verdict: judgment.verdict,
          correct: judgment.correct,
          points: judgment.points,
          elapsedMs: judgment.elapsedMs,
          lang,
          answeredAt: now,
        },
      }),
      db.player.update({ where: { id: input.playerId }, data: { score: { increment: judgment.points } } }),
    ]);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent copy of this submission won the race: answer as its replay.
    const winner = await stored(db, input.playerId, input.questionIndex);
    if (!winner) throw error;
    return replay(db, game.id, input.questionIndex, winner, response);
  }
  return { ok: true, replayed: false, questionIndex: input.questionIndex, answerCount: await countAnswers(db, game.id, input.questionIndex), verdict: judgment.verdict, points: judgment.points, lang };
}

type Row = { response: string; verdict: Verdict; points: number; lang: string };

const stored = (db: Db, playerId: string, questionIndex: number): Promise<Row | null> =>
  db.liveAnswer.findUnique({ where: { playerId_questionIndex: { playerId, questionIndex } }, select: { response: true, verdict: true, points: true, lang: true } });

export const countAnswers = (db: Db, sessionId: string, questionIndex: number) =>
  db.liveAnswer.count({ where: { sessionId, questionIndex, player: { removed: false } } });

async function replay(db: Db, sessionId: string, questionIndex: number, row: Row, response: string): Promise<LiveAnswerOutcome> {
  if (row.response !== response) return { ok: false, error: "alreadyAnswered" };
  return { ok: true, replayed: true, questionIndex, answerCount: await countAnswers(db, sessionId, questionIndex), verdict: row.verdict, points: row.points, lang: row.lang === "en" ? "en" : "ja" };
}

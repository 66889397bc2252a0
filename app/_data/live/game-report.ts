// The report of one game for its teacher, read from the stored answers.
import type { Db } from "../prisma-client";
import { buildReport } from "../../_domain/live/game-report";
import type { Lang } from "../../_domain/quiz/types";
import { readGame } from "./game-store";

export async function readGameReport(db: Db, hostId: string, sessionId: string, lang: Lang, words: { true: string; false: string }) {
  const game = await readGame(db, sessionId);
  if (!game || game.hostId !== hostId) return null;
  const [players, answers] = await Promise.all([
    db.player.findMany({ where: { sessionId }, select: { id: true, nickname: true, joinOrder: true, removed: true } }),
    db.liveAnswer.findMany({ where: { sessionId }, select: { playerId: true, questionIndex: true, verdict: true, correct: true, points: true, elapsedMs: true, response: true, lang: true } }),
  ]);
  const report = buildReport(
    game.questions,
    players,
    answers.map((a) => ({ ...a, response: JSON.parse(a.response) as unknown, lang: a.lang === "en" ? ("en" as const) : ("ja" as const) })),
    lang,
    words,
  );
  return { title: game.title, joinCode: game.joinCode, createdAt: game.createdAt, phase: game.state.phase, ...report };
}

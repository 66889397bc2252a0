// A live game as stored: the LiveSession row read back into the domain's GameState, its questions (in
// both languages, with the answer keys: server-side only) and each revealable item's citation. Every
// rule is applied to this value by the pure domain; the database only keeps it.
import type { Db } from "../prisma-client";
import type { GameState, GamePhase } from "../../_domain/live/game-state";
import type { LiveQuestion } from "../../_domain/live/generate-live-questions";
import type { Citation } from "../facts/types";

/** The `questions` column: the questions and, by "fact:key" / "term:key", the passage each rests on. */
export interface StoredQuestions {
  questions: LiveQuestion[];
  citations: Record<string, Citation>;
}

export interface StoredGame {
  id: string;
  hostId: string;
  title: string;
  joinCode: string;
  hostLocale: "ja" | "en";
  version: number;
  createdAt: Date;
  state: GameState;
  questions: LiveQuestion[];
  citations: Record<string, Citation>;
}

export const gameSelect = {
  id: true,
  hostId: true,
  title: true,
  joinCode: true,
  status: true,
  currentIndex: true,
  questionStartedAt: true,
  timerSeconds: true,
  speedScoring: true,
  lateJoin: true,
  hostLocale: true,
  questions: true,
  version: true,
  joinCount: true,
  createdAt: true,
} as const;

// Questions never change once a game is made: parse each game's JSON once per process.
const parsed = new Map<string, StoredQuestions>();

function questionsOf(id: string, json: string): StoredQuestions {
  let hit = parsed.get(id);
  if (!hit) {
    hit = JSON.parse(json) as StoredQuestions;
    if (parsed.size > 500) parsed.delete(parsed.keys().next().value!);
    parsed.set(id, hit);
  }
  return hit;
}

/** The game with its players (removed ones only as ids); null when there is no such game. */
export async function readGame(db: Db, sessionId: string): Promise<StoredGame | null> {
  if (typeof sessionId !== "string" || sessionId.length > 64) return null;
  const [row, players] = await Promise.all([
    db.liveSession.findUnique({ where: { id: sessionId }, select: gameSelect }),
    db.player.findMany({
      where: { sessionId },
      select: { id: true, nickname: true, joinOrder: true, removed: true },
      orderBy: { joinOrder: "asc" },
    }),
  ]);
  if (!row) return null;
  const stored = questionsOf(row.id, row.questions);
  const state: GameState = {
    phase: row.status as GamePhase,
    settings: { timerSeconds: row.timerSeconds, speedScoring: row.speedScoring, lateJoin: row.lateJoin },
    questionCount: stored.questions.length,
    questionIndex: row.currentIndex,
    questionOpenedAt: row.questionStartedAt ? row.questionStartedAt.getTime() : null,
    players: players.filter((p) => !p.removed).map(({ id, nickname, joinOrder }) => ({ id, nickname, joinOrder })),
    removedPlayerIds: players.filter((p) => p.removed).map((p) => p.id),
    joinCount: row.joinCount,
  };
  return {
    id: row.id,
    hostId: row.hostId,
    title: row.title,
    joinCode: row.joinCode,
    hostLocale: row.hostLocale === "en" ? "en" : "ja",
    version: row.version,
    createdAt: row.createdAt,
    state,
    questions: stored.questions,
    citations: stored.citations,
  };
}

/**
 * Writes the phase part of a new state if the game is still at `version` (optimistic concurrency: two
 * instances closing the same overdue question, or a host double-clicking "next", change it once).
 * Returns the new version, or null when another change came first.
 */
export async function writeGamePhase(db: Db, game: StoredGame, next: GameState, now: Date): Promise<number | null> {
  const { count } = await db.liveSession.updateMany({
    where: { id: game.id, version: game.version },
    data: {
      status: next.phase,
      currentIndex: next.questionIndex,
      questionStartedAt: next.questionOpenedAt === null ? null : new Date(next.questionOpenedAt),
      version: { increment: 1 },
      ...(next.phase === "finished" && game.state.phase !== "finished" ? { finishedAt: now } : {}),
    },
  });
  return count === 1 ? game.version + 1 : null;
}

/** Raises the version alone (an event that changes no column, such as a new answer count). */
export async function bumpVersion(db: Db, sessionId: string): Promise<number> {
  const row = await db.liveSession.update({ where: { id: sessionId }, data: { version: { increment: 1 } }, select: { version: true } });
  return row.version;
}

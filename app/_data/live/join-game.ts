// Joining a game with its code: the domain decides (lobby or late join allowed, not removed, nickname
// valid and free), the unique (game, folded nickname) index settles two players racing for one name,
// and the join order comes from one atomic increment of the game's join count.
import type { Db } from "../prisma-client";
import { applyCommand } from "../../_domain/live/apply-command";
import { nicknameKey } from "../../_domain/live/nickname";
import { isUniqueViolation } from "../db-helpers/prisma-errors";
import { readGame } from "./game-store";
import { hashSeat } from "./seat";

export type JoinError =
  | "unknownCode"
  | "finished"
  | "lateJoinClosed"
  | "removed"
  | "nicknameEmpty"
  | "nicknameTooLong"
  | "nicknameInvalid"
  | "nicknameTaken";

export type JoinOutcome =
  | { ok: true; sessionId: string; playerId: string; version: number; rejoined: boolean }
  | { ok: false; error: JoinError };

export interface JoinInput {
  joinCode: string;
  nickname: string;
  lang: "ja" | "en";
  /** The seat token of the browser: a new one for a first join, the cookie's when coming back. */
  seatToken: string;
  /** The player's own user (learner cookie), so class answers can feed their flashcards. */
  userId: string | null;
}

const PROBLEMS: Record<string, JoinError> = {
  finished: "finished",
  late_join_closed: "lateJoinClosed",
  player_removed: "removed",
  empty: "nicknameEmpty",
  too_long: "nicknameTooLong",
  control_character: "nicknameInvalid",
  taken: "nicknameTaken",
};

export async function findGameIdByCode(db: Db, joinCode: string): Promise<string | null> {
  if (!/^\d{6}$/.test(joinCode)) return null;
  return (await db.liveSession.findUnique({ where: { joinCode }, select: { id: true } }))?.id ?? null;
}

export async function joinGame(db: Db, input: JoinInput): Promise<JoinOutcome> {
  const sessionId = await findGameIdByCode(db, input.joinCode);
  if (!sessionId) return { ok: false, error: "unknownCode" };
  const seatHash = hashSeat(input.seatToken);
  const seat = await db.player.findUnique({ where: { seatHash }, select: { id: true, sessionId: true, removed: true } });
  if (seat && seat.sessionId === sessionId) {
    // The same browser coming back: its seat, whatever nickname it typed this time.
    if (seat.removed) return { ok: false, error: "removed" };
    const game = await readGame(db, sessionId);
    return { ok: true, sessionId, playerId: seat.id, version: game!.version, rejoined: true };
  }
  const game = await readGame(db, sessionId);
  if (!game) return { ok: false, error: "unknownCode" };
  const check = applyCommand(game.state, { type: "join", playerId: "(new)", nickname: input.nickname }, Date.now());
  if (!check.ok) return { ok: false, error: PROBLEMS[check.refusal] ?? "nicknameInvalid" };
  const nickname = check.state.players[check.state.players.length - 1].nickname;
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.liveSession.update({
        where: { id: sessionId },
        data: { joinCount: { increment: 1 }, version: { increment: 1 } },
        select: { joinCount: true, version: true },
      });
      const player = await tx.player.create({
        data: {
          sessionId,
          nickname,
          nicknameKey: nicknameKey(nickname),
          locale: input.lang,
          seatHash,
          userId: input.userId,
          joinOrder: row.joinCount - 1,
        },
        select: { id: true },
      });
      return { ok: true as const, sessionId, playerId: player.id, version: row.version, rejoined: false };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "nicknameTaken" };
    throw error;
  }
}

/** The seat a cookie's token holds in the game of this join code (removed seats included, flagged). */
export async function findSeat(db: Db, joinCode: string, seatToken: string) {
  const seat = await db.player.findUnique({
    where: { seatHash: hashSeat(seatToken) },
    select: { id: true, nickname: true, locale: true, removed: true, userId: true, session: { select: { id: true, joinCode: true } } },
  });
  if (!seat || seat.session.joinCode !== joinCode) return null;
  return { playerId: seat.id, sessionId: seat.session.id, nickname: seat.nickname, lang: seat.locale === "en" ? ("en" as const) : ("ja" as const), removed: seat.removed, userId: seat.userId };
}

export async function setPlayerLanguage(db: Db, playerId: string, lang: "ja" | "en"): Promise<void> {
  await db.player.update({ where: { id: playerId }, data: { locale: lang } });
}

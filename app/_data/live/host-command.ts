// The host's commands (start, reveal, next, end, remove a player) and the server's own "close_due",
// applied by the domain's state machine to the stored game and written only if nobody changed the game
// in between (its version), so a double click or two instances closing one question change it once.
import type { Db } from "../prisma-client";
import { applyCommand, type CommandRefusal, type GameCommand } from "../../_domain/live/apply-command";
import { readGame, writeGamePhase, type StoredGame } from "./game-store";

export type HostCommand = Exclude<GameCommand, { type: "join" }>;

export type CommandOutcome =
  | { ok: true; version: number; game: StoredGame }
  | { ok: false; error: "notFound" | CommandRefusal };

/** `hostId` null: the server itself (closing an overdue question), which owns every game. */
export async function runCommand(db: Db, hostId: string | null, sessionId: string, command: HostCommand, now = new Date()): Promise<CommandOutcome> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const game = await readGame(db, sessionId);
    if (!game || (hostId !== null && game.hostId !== hostId)) return { ok: false, error: "notFound" };
    const result = applyCommand(game.state, command, now.getTime());
    if (!result.ok) return { ok: false, error: result.refusal };
    if (command.type === "remove") {
      const { count } = await db.player.updateMany({ where: { id: command.playerId, sessionId, removed: false }, data: { removed: true } });
      if (count === 0) return { ok: false, error: "unknown_player" };
      const row = await db.liveSession.update({ where: { id: sessionId }, data: { version: { increment: 1 } }, select: { version: true } });
      return { ok: true, version: row.version, game: { ...game, state: result.state, version: row.version } };
    }
    const version = await writeGamePhase(db, game, result.state, now);
    if (version !== null) return { ok: true, version, game: { ...game, state: result.state, version } };
    // Someone else changed the game first: judge the command again against what is stored now.
  }
  return { ok: false, error: "finished" };
}

// The game as a value: what phase it is in, which question is open, since when, and who plays.
// Times are epoch milliseconds from the server's clock, passed in by the caller (never read here).
import type { GameSettings } from "./game-settings";

export type GamePhase = "lobby" | "question" | "reveal" | "finished";

export interface GamePlayer {
  id: string;
  nickname: string;
  /** 0 for the first to join: the last tie-breaker of the leaderboard. */
  joinOrder: number;
}

export interface GameState {
  phase: GamePhase;
  settings: GameSettings;
  questionCount: number;
  /** -1 in the lobby; the open or last revealed question otherwise. */
  questionIndex: number;
  /** When the current question opened; null in the lobby and once finished. */
  questionOpenedAt: number | null;
  players: GamePlayer[];
  /** Removed players' ids: they may not come back to this game. */
  removedPlayerIds: string[];
  /** Joins so far, removed players included, so join order never repeats. */
  joinCount: number;
}

export function createGameState(settings: GameSettings, questionCount: number): GameState {
  return {
    phase: "lobby",
    settings,
    questionCount,
    questionIndex: -1,
    questionOpenedAt: null,
    players: [],
    removedPlayerIds: [],
    joinCount: 0,
  };
}

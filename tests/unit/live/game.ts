// Builds game states for the live tests by applying commands, as the server will.
import { applyCommand, type GameCommand } from "@/app/_domain/live/apply-command";
import { DEFAULT_GAME_SETTINGS, type GameSettings } from "@/app/_domain/live/game-settings";
import { createGameState, type GameState } from "@/app/_domain/live/game-state";

export const T0 = Date.UTC(2026, 11, 2, 9, 0, 0);

export function run(state: GameState, commands: GameCommand[], now = T0): GameState {
  return commands.reduce((s, command) => {
    const result = applyCommand(s, command, now);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.refusal}`);
    return result.state;
  }, state);
}

export function lobby(settings: Partial<GameSettings> = {}, questionCount = 3, players = ["Ann", "Ben"]): GameState {
  const state = createGameState({ ...DEFAULT_GAME_SETTINGS, ...settings }, questionCount);
  return run(state, players.map((nickname, i) => ({ type: "join", playerId: `p${i}`, nickname })));
}

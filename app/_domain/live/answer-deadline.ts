// When a timed question stops taking answers. The server's clock decides; a small grace absorbs the
// network latency between a phone showing 0 s and its answer reaching the server, so that an answer
// sent at the last visible moment still counts (and earns the lowest speed bonus, never a negative one).
import type { GameState } from "./game-state";

/** How late after the deadline (server clock) an answer is still accepted. */
export const ANSWER_GRACE_MS = 500;

/** The deadline shown to players, or null when the question is untimed or none is open. */
export function questionDeadline(state: GameState): number | null {
  if (state.phase !== "question" || state.questionOpenedAt === null) return null;
  const seconds = state.settings.timerSeconds;
  return seconds === null ? null : state.questionOpenedAt + seconds * 1000;
}

/** True once a timed question's deadline and grace have passed: it is time to reveal. */
export function isPastDeadline(state: GameState, now: number): boolean {
  const deadline = questionDeadline(state);
  return deadline !== null && now > deadline + ANSWER_GRACE_MS;
}

export type AnswerRefusal = "no_open_question" | "wrong_question" | "too_late" | "not_a_player";

/** Whether an answer to question `questionIndex` from `playerId` arriving at `now` may be stored. */
export function checkAnswerAccepted(
  state: GameState,
  playerId: string,
  questionIndex: number,
  now: number,
): { ok: true } | { ok: false; reason: AnswerRefusal } {
  if (!state.players.some((p) => p.id === playerId)) return { ok: false, reason: "not_a_player" };
  if (state.phase !== "question") return { ok: false, reason: "no_open_question" };
  if (questionIndex !== state.questionIndex) return { ok: false, reason: "wrong_question" };
  if (isPastDeadline(state, now)) return { ok: false, reason: "too_late" };
  return { ok: true };
}

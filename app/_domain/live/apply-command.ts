// The game's state machine: lobby → question → reveal → question → … → finished.
//
// - start:  lobby → question 0 (needs a question and a player).
// - reveal: question → reveal. The host may reveal any question early; an untimed question closes only
//           this way.
// - close_due: question → reveal once a timed question's deadline and grace have passed (the server sends
//           it from a timer, and again on any request, so a restarted server closes an overdue question).
// - next:   reveal → the next question, or finished after the last one.
// - end:    any phase but finished → finished (the podium).
// - join:   in the lobby, or later when late joining is allowed; never once finished, never for a removed
//           player; the nickname must be valid and free.
// - remove: takes a player out for good (their answers stay stored but no longer rank).
// A refused command leaves the state as it was and says why.
import { isPastDeadline } from "./answer-deadline";
import type { GamePlayer, GameState } from "./game-state";
import { checkNickname, type NicknameProblem } from "./nickname";

export type GameCommand =
  | { type: "start" }
  | { type: "reveal" }
  | { type: "close_due" }
  | { type: "next" }
  | { type: "end" }
  | { type: "join"; playerId: string; nickname: string }
  | { type: "remove"; playerId: string };

export type CommandRefusal =
  | "not_in_lobby"
  | "no_questions"
  | "no_players"
  | "no_open_question"
  | "not_revealed"
  | "deadline_not_reached"
  | "untimed"
  | "finished"
  | "late_join_closed"
  | "player_removed"
  | "already_joined"
  | "unknown_player"
  | NicknameProblem;

export type CommandResult = { ok: true; state: GameState } | { ok: false; refusal: CommandRefusal };

const refuse = (refusal: CommandRefusal): CommandResult => ({ ok: false, refusal });
const accept = (state: GameState): CommandResult => ({ ok: true, state });

/** Applies one command at server time `now` (epoch ms). Pure: the same inputs give the same result. */
export function applyCommand(state: GameState, command: GameCommand, now: number): CommandResult {
  switch (command.type) {
    case "start":
      if (state.phase !== "lobby") return refuse("not_in_lobby");
      if (state.questionCount < 1) return refuse("no_questions");
      if (state.players.length === 0) return refuse("no_players");
      return accept(openQuestion(state, 0, now));
    case "reveal":
      if (state.phase !== "question") return refuse("no_open_question");
      return accept({ ...state, phase: "reveal" });
    case "close_due":
      if (state.phase !== "question") return refuse("no_open_question");
      if (state.settings.timerSeconds === null) return refuse("untimed");
      if (!isPastDeadline(state, now)) return refuse("deadline_not_reached");
      return accept({ ...state, phase: "reveal" });
    case "next":
      if (state.phase !== "reveal") return refuse(state.phase === "finished" ? "finished" : "not_revealed");
      if (state.questionIndex + 1 >= state.questionCount) return accept(finish(state));
      return accept(openQuestion(state, state.questionIndex + 1, now));
    case "end":
      if (state.phase === "finished") return refuse("finished");
      return accept(finish(state));
    case "join":
      return join(state, command.playerId, command.nickname);
    case "remove": {
      if (!state.players.some((p) => p.id === command.playerId)) return refuse("unknown_player");
      return accept({
        ...state,
        players: state.players.filter((p) => p.id !== command.playerId),
        removedPlayerIds: [...state.removedPlayerIds, command.playerId],
      });
    }
  }
}

function openQuestion(state: GameState, index: number, now: number): GameState {
  return { ...state, phase: "question", questionIndex: index, questionOpenedAt: now };
}

function finish(state: GameState): GameState {
  return { ...state, phase: "finished", questionOpenedAt: null };
}

function join(state: GameState, playerId: string, rawNickname: string): CommandResult {
  if (state.phase === "finished") return refuse("finished");
  if (state.phase !== "lobby" && !state.settings.lateJoin) return refuse("late_join_closed");
  if (state.removedPlayerIds.includes(playerId)) return refuse("player_removed");
  if (state.players.some((p) => p.id === playerId)) return refuse("already_joined");
  const check = checkNickname(rawNickname, state.players.map((p) => p.nickname));
  if (!check.ok) return refuse(check.problem);
  const player: GamePlayer = { id: playerId, nickname: check.nickname, joinOrder: state.joinCount };
  return accept({ ...state, players: [...state.players, player], joinCount: state.joinCount + 1 });
}

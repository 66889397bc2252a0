import { applyCommand, type CommandRefusal, type GameCommand } from "@/app/_domain/live/apply-command";
import { createGameState, type GameState } from "@/app/_domain/live/game-state";
import { DEFAULT_GAME_SETTINGS } from "@/app/_domain/live/game-settings";
import { ANSWER_GRACE_MS } from "@/app/_domain/live/answer-deadline";
import { T0, lobby, run } from "./game";

const refusal = (state: GameState, command: GameCommand, now = T0): CommandRefusal | null => {
  const result = applyCommand(state, command, now);
  return result.ok ? null : result.refusal;
};

describe("a whole game", () => {
  test("lobby → question → reveal → … → finished after the last question", () => {
    let s = lobby({}, 2);
    expect(s.phase).toBe("lobby");
    expect(s.questionIndex).toBe(-1);
    s = run(s, [{ type: "start" }], T0 + 1000);
    expect(s).toMatchObject({ phase: "question", questionIndex: 0, questionOpenedAt: T0 + 1000 });
    s = run(s, [{ type: "reveal" }], T0 + 5000);
    expect(s).toMatchObject({ phase: "reveal", questionIndex: 0 });
    s = run(s, [{ type: "next" }], T0 + 9000);
    expect(s).toMatchObject({ phase: "question", questionIndex: 1, questionOpenedAt: T0 + 9000 });
    s = run(s, [{ type: "reveal" }, { type: "next" }]);
    expect(s).toMatchObject({ phase: "finished", questionIndex: 1, questionOpenedAt: null });
  });

  test("a refused command leaves the state untouched (the reducer never mutates)", () => {
    const s = lobby();
    const copy = JSON.parse(JSON.stringify(s));
    applyCommand(s, { type: "next" }, T0);
    applyCommand(s, { type: "start" }, T0);
    expect(s).toEqual(copy);
  });
});

describe("start", () => {
  test("only from the lobby", () => {
    const s = run(lobby(), [{ type: "start" }]);
    expect(refusal(s, { type: "start" })).toBe("not_in_lobby");
  });
  test("needs at least one player and one question", () => {
    expect(refusal(createGameState(DEFAULT_GAME_SETTINGS, 3), { type: "start" })).toBe("no_players");
    expect(refusal(lobby({}, 0), { type: "start" })).toBe("no_questions");
  });
});

describe("reveal and next", () => {
  test("reveal needs an open question", () => {
    expect(refusal(lobby(), { type: "reveal" })).toBe("no_open_question");
    const revealed = run(lobby(), [{ type: "start" }, { type: "reveal" }]);
    expect(refusal(revealed, { type: "reveal" })).toBe("no_open_question");
  });
  test("next needs the current question revealed first", () => {
    expect(refusal(lobby(), { type: "next" })).toBe("not_revealed");
    expect(refusal(run(lobby(), [{ type: "start" }]), { type: "next" })).toBe("not_revealed");
  });
  test("nothing moves once finished", () => {
    const done = run(lobby(), [{ type: "end" }]);
    for (const type of ["next", "end"] as const) expect(refusal(done, { type })).toBe("finished");
    expect(refusal(done, { type: "start" })).toBe("not_in_lobby");
    expect(refusal(done, { type: "reveal" })).toBe("no_open_question");
  });
});

describe("timed questions close at the deadline (plus grace), untimed ones only when revealed", () => {
  const timed = run(lobby({ timerSeconds: 10 }), [{ type: "start" }]);
  const deadline = T0 + 10_000;

  test("not before the deadline, nor inside the grace", () => {
    expect(refusal(timed, { type: "close_due" }, deadline - 1)).toBe("deadline_not_reached");
    expect(refusal(timed, { type: "close_due" }, deadline)).toBe("deadline_not_reached");
    expect(refusal(timed, { type: "close_due" }, deadline + ANSWER_GRACE_MS)).toBe("deadline_not_reached");
  });
  test("once the grace has passed", () => {
    const result = applyCommand(timed, { type: "close_due" }, deadline + ANSWER_GRACE_MS + 1);
    expect(result.ok && result.state.phase).toBe("reveal");
  });
  test("the host may reveal a timed question early", () => {
    expect(run(timed, [{ type: "reveal" }], T0 + 1).phase).toBe("reveal");
  });
  test("an untimed question never closes by itself", () => {
    const untimed = run(lobby({ timerSeconds: null }), [{ type: "start" }]);
    expect(refusal(untimed, { type: "close_due" }, T0 + 1e9)).toBe("untimed");
    expect(run(untimed, [{ type: "reveal" }]).phase).toBe("reveal");
  });
  test("close_due outside a question is refused", () => {
    expect(refusal(lobby(), { type: "close_due" }, T0 + 1e9)).toBe("no_open_question");
  });
});

describe("end", () => {
  test.each([
    ["lobby", []],
    ["question", [{ type: "start" }]],
    ["reveal", [{ type: "start" }, { type: "reveal" }]],
  ] as const)("from the %s", (_, commands) => {
    expect(run(run(lobby(), [...commands]), [{ type: "end" }]).phase).toBe("finished");
  });
});

describe("join", () => {
  test("players join in order with normalized nicknames", () => {
    const s = lobby({}, 3, ["  Ａｎｎ ", "Ben"]);
    expect(s.players).toEqual([
      { id: "p0", nickname: "Ann", joinOrder: 0 },
      { id: "p1", nickname: "Ben", joinOrder: 1 },
    ]);
  });
  test("nickname rules and uniqueness are enforced", () => {
    const s = lobby();
    expect(refusal(s, { type: "join", playerId: "x", nickname: "ＡＮＮ" })).toBe("taken");
    expect(refusal(s, { type: "join", playerId: "x", nickname: "   " })).toBe("empty");
    expect(refusal(s, { type: "join", playerId: "x", nickname: "a\u0007b" })).toBe("control_character");
    expect(refusal(s, { type: "join", playerId: "x", nickname: "x".repeat(21) })).toBe("too_long");
  });
  test("the same seat cannot join twice", () => {
    expect(refusal(lobby(), { type: "join", playerId: "p0", nickname: "Cat" })).toBe("already_joined");
  });
  test("late joining follows the setting", () => {
    const open = run(lobby({ lateJoin: true }), [{ type: "start" }]);
    expect(run(open, [{ type: "join", playerId: "late", nickname: "Late" }]).players).toHaveLength(3);
    const closed = run(lobby({ lateJoin: false }), [{ type: "start" }]);
    expect(refusal(closed, { type: "join", playerId: "late", nickname: "Late" })).toBe("late_join_closed");
    expect(refusal(run(closed, [{ type: "reveal" }]), { type: "join", playerId: "late", nickname: "Late" })).toBe("late_join_closed");
  });
  test("nobody joins a finished game", () => {
    expect(refusal(run(lobby(), [{ type: "end" }]), { type: "join", playerId: "x", nickname: "X" })).toBe("finished");
  });
});

describe("remove", () => {
  test("a removed player leaves the game and cannot come back to that seat", () => {
    const s = run(lobby(), [{ type: "remove", playerId: "p0" }]);
    expect(s.players.map((p) => p.id)).toEqual(["p1"]);
    expect(refusal(s, { type: "join", playerId: "p0", nickname: "Ann again" })).toBe("player_removed");
  });
  test("their nickname becomes free, and join order never repeats", () => {
    const s = run(lobby(), [{ type: "remove", playerId: "p0" }, { type: "join", playerId: "p9", nickname: "Ann" }]);
    expect(s.players.find((p) => p.id === "p9")).toEqual({ id: "p9", nickname: "Ann", joinOrder: 2 });
  });
  test("works mid-game; an unknown player is refused", () => {
    const s = run(lobby(), [{ type: "start" }, { type: "remove", playerId: "p1" }]);
    expect(s.phase).toBe("question");
    expect(refusal(s, { type: "remove", playerId: "p1" })).toBe("unknown_player");
  });
});

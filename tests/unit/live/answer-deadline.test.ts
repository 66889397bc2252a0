import { ANSWER_GRACE_MS, checkAnswerAccepted, isPastDeadline, questionDeadline } from "@/app/_domain/live/answer-deadline";
import { T0, lobby, run } from "./game";

const timed = run(lobby({ timerSeconds: 20 }), [{ type: "start" }]);
const deadline = T0 + 20_000;

test("the deadline is the opening plus the timer; none when untimed or not in a question", () => {
  expect(questionDeadline(timed)).toBe(deadline);
  expect(questionDeadline(run(lobby({ timerSeconds: null }), [{ type: "start" }]))).toBeNull();
  expect(questionDeadline(lobby())).toBeNull();
  expect(questionDeadline(run(timed, [{ type: "reveal" }]))).toBeNull();
});

test.each([
  ["at the opening instant", T0, true],
  ["at the deadline", deadline, true],
  ["inside the grace", deadline + ANSWER_GRACE_MS - 1, true],
  ["at the end of the grace", deadline + ANSWER_GRACE_MS, true],
  ["just after the grace", deadline + ANSWER_GRACE_MS + 1, false],
])("an answer %s is accepted: %s", (_, at, accepted) => {
  expect(checkAnswerAccepted(timed, "p0", 0, at)).toEqual(accepted ? { ok: true } : { ok: false, reason: "too_late" });
  expect(isPastDeadline(timed, at)).toBe(!accepted);
});

test("untimed questions accept answers until revealed", () => {
  const untimed = run(lobby({ timerSeconds: null }), [{ type: "start" }]);
  expect(checkAnswerAccepted(untimed, "p0", 0, T0 + 1e9)).toEqual({ ok: true });
  expect(checkAnswerAccepted(run(untimed, [{ type: "reveal" }]), "p0", 0, T0)).toEqual({ ok: false, reason: "no_open_question" });
});

test("answers to another question, from a stranger or outside a question are refused", () => {
  expect(checkAnswerAccepted(timed, "p0", 1, T0)).toEqual({ ok: false, reason: "wrong_question" });
  expect(checkAnswerAccepted(timed, "nobody", 0, T0)).toEqual({ ok: false, reason: "not_a_player" });
  expect(checkAnswerAccepted(lobby(), "p0", 0, T0)).toEqual({ ok: false, reason: "no_open_question" });
  const removed = run(timed, [{ type: "remove", playerId: "p0" }]);
  expect(checkAnswerAccepted(removed, "p0", 0, T0)).toEqual({ ok: false, reason: "not_a_player" });
});

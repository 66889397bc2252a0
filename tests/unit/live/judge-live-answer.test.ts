import { ANSWER_GRACE_MS } from "@/app/_domain/live/answer-deadline";
import { generateLiveQuestions, type LiveQuestion } from "@/app/_domain/live/generate-live-questions";
import { judgeLiveAnswer } from "@/app/_domain/live/judge-live-answer";
import { pool } from "../quiz/fixtures";
import { T0, lobby, run } from "./game";

const questions = generateLiveQuestions(pool(), {
  deckKeys: "all", tags: [], count: 3, types: ["multiple_choice"], seed: "judge",
});
const rightOption = (q: LiveQuestion) => (q.versions.en.key.type === "multiple_choice" ? q.versions.en.key.correctOptionId : "");
const wrongOption = (q: LiveQuestion) => {
  const pub = q.versions.en.public;
  return pub.type === "multiple_choice" ? pub.options.find((o) => o.id !== rightOption(q))!.id : "";
};
const timed = run(lobby({ timerSeconds: 10, speedScoring: true }, 3), [{ type: "start" }]);
const answer = (optionId: string, over: Partial<{ playerId: string; questionIndex: number; lang: "ja" | "en" }> = {}) => ({
  playerId: "p0", questionIndex: 0, lang: "en" as const, response: { optionId }, ...over,
});

test("a right answer halfway through the timer earns 750 and records its time", () => {
  const judged = judgeLiveAnswer(timed, questions, answer(rightOption(questions[0])), T0 + 5_000);
  expect(judged).toMatchObject({ accepted: true, verdict: "correct", correct: true, points: 750, elapsedMs: 5_000 });
});

test("a wrong answer is accepted, worth nothing", () => {
  const judged = judgeLiveAnswer(timed, questions, answer(wrongOption(questions[0])), T0 + 1_000);
  expect(judged).toMatchObject({ accepted: true, verdict: "wrong", correct: false, points: 0, elapsedMs: 1_000 });
});

test("the same answer in Japanese grades the same", () => {
  const judged = judgeLiveAnswer(timed, questions, answer(rightOption(questions[0]), { lang: "ja" }), T0);
  expect(judged).toMatchObject({ accepted: true, verdict: "correct", points: 1000 });
});

test("inside the grace it counts with the base points; after it, refused", () => {
  expect(judgeLiveAnswer(timed, questions, answer(rightOption(questions[0])), T0 + 10_000 + ANSWER_GRACE_MS)).toMatchObject({ accepted: true, points: 500 });
  expect(judgeLiveAnswer(timed, questions, answer(rightOption(questions[0])), T0 + 10_000 + ANSWER_GRACE_MS + 1)).toEqual({ accepted: false, reason: "too_late" });
});

test("refused for another question, a stranger, or a revealed question", () => {
  expect(judgeLiveAnswer(timed, questions, answer("x", { questionIndex: 1 }), T0)).toEqual({ accepted: false, reason: "wrong_question" });
  expect(judgeLiveAnswer(timed, questions, answer("x", { playerId: "zz" }), T0)).toEqual({ accepted: false, reason: "not_a_player" });
  expect(judgeLiveAnswer(run(timed, [{ type: "reveal" }]), questions, answer("x"), T0)).toEqual({ accepted: false, reason: "no_open_question" });
});

test("speed off: the same points whenever it comes", () => {
  const flat = run(lobby({ timerSeconds: 10, speedScoring: false }, 3), [{ type: "start" }]);
  for (const at of [T0, T0 + 9_999]) expect(judgeLiveAnswer(flat, questions, answer(rightOption(questions[0])), at)).toMatchObject({ points: 1000 });
});

test("the second question is judged against the second question's key", () => {
  const second = run(timed, [{ type: "reveal" }, { type: "next" }], T0 + 20_000);
  expect(judgeLiveAnswer(second, questions, answer(rightOption(questions[1]), { questionIndex: 1 }), T0 + 20_000)).toMatchObject({ verdict: "correct", points: 1000 });
  expect(judgeLiveAnswer(second, questions, answer(rightOption(questions[0]), { questionIndex: 1 }), T0 + 20_000)).toMatchObject({ verdict: "wrong" });
});

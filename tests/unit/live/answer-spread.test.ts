import { answerSpread } from "@/app/_domain/live/answer-spread";
import { generateLiveQuestions } from "@/app/_domain/live/generate-live-questions";
import { pool } from "../quiz/fixtures";

const generate = (type: "multiple_choice" | "true_false" | "cloze") =>
  generateLiveQuestions(pool(), { deckKeys: "all", tags: [], count: 1, types: [type], seed: "spread" })[0];

test("multiple choice: a count per option, zero included", () => {
  const q = generate("multiple_choice");
  const pub = q.versions.ja.public;
  if (pub.type !== "multiple_choice") throw new Error("not multiple choice");
  const [a, b] = pub.options.map((o) => o.id);
  const spread = answerSpread(q, [
    { response: { optionId: a }, verdict: "correct" },
    { response: { optionId: a }, verdict: "correct" },
    { response: { optionId: b }, verdict: "wrong" },
    { response: { optionId: "forged" }, verdict: "wrong" },
  ]);
  expect(spread.total).toBe(4);
  expect(spread.byVerdict).toEqual({ correct: 2, almost: 0, wrong: 2 });
  expect(spread.byOption).toEqual({ [a]: 2, [b]: 1, [pub.options[2].id]: 0, [pub.options[3].id]: 0 });
  expect(spread.byBoolean).toBeNull();
});

test("true/false: how many said each", () => {
  const spread = answerSpread(generate("true_false"), [
    { response: { value: true }, verdict: "correct" },
    { response: { value: false }, verdict: "wrong" },
    { response: { value: false }, verdict: "wrong" },
  ]);
  expect(spread.byBoolean).toEqual({ true: 1, false: 2 });
  expect(spread.byOption).toBeNull();
});

test("typed answers: by verdict only", () => {
  const spread = answerSpread(generate("cloze"), [
    { response: { text: "a" }, verdict: "almost" },
    { response: { text: "b" }, verdict: "wrong" },
  ]);
  expect(spread).toEqual({ total: 2, byVerdict: { correct: 0, almost: 1, wrong: 1 }, byOption: null, byBoolean: null });
});

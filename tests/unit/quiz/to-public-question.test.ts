import { generateQuiz } from "@/app/_domain/quiz/generate-quiz";
import { toPublicQuestion } from "@/app/_domain/quiz/to-public-question";
import { normalizeAnswer } from "@/app/_domain/text/normalize-answer";
import type { GeneratedQuestion } from "@/app/_domain/quiz/types";
import { DIRECTIONS, config, pool } from "./fixtures";
import { SEEDS, factOf, ofType } from "./helpers";

const questions: GeneratedQuestion[] = DIRECTIONS.flatMap((direction) =>
  SEEDS.flatMap((seed) => generateQuiz(pool(), config({ direction, seed, count: 20 })).questions),
);
const SECRET_FIELDS = ["correct", "accepted", "isTrue", "pairs", "order", "dates", "explanation", "passage", "locator", "reveal", "key", "answerJa", "answerEn", "answerText", "statementJa", "statementEn"];

test("no answer-revealing field survives", () => {
  for (const q of questions) {
    const json = JSON.stringify(toPublicQuestion(q));
    for (const field of SECRET_FIELDS) expect(json).not.toMatch(new RegExp(`"${field}[A-Za-z]*":`));
    expect(json).not.toContain(q.reveal[0].passage);
  }
});

test("only ids and texts reach the browser for options and items", () => {
  for (const q of questions) {
    const pub = toPublicQuestion(q);
    const lists = "options" in pub ? [pub.options] : pub.type === "matching" ? [pub.left, pub.right] : pub.type === "ordering" ? [pub.items] : [];
    for (const list of lists) for (const choice of list) expect(Object.keys(choice).sort()).toEqual(["id", "text"]);
  }
});

test("a cloze does not contain its blanked answer", () => {
  const clozes = ofType(questions, "cloze");
  expect(clozes.length).toBeGreaterThan(10);
  for (const q of clozes) {
    const f = factOf(q);
    const blanked = q.public.promptLang === "ja" ? f.answerTextJa : f.answerTextEn;
    const pub = toPublicQuestion(q);
    if (pub.type !== "cloze") throw new Error("not a cloze");
    const text = normalizeAnswer(pub.before + pub.after);
    expect(text).not.toContain(normalizeAnswer(blanked));
  }
});

test("the right option cannot be told from its id or its place", () => {
  const mc = ofType(questions, "multiple_choice");
  expect(mc.length).toBeGreaterThan(40);
  const positions = new Set(mc.map((q) => q.public.options.findIndex((o) => o.id === q.key.correctOptionId)));
  expect(positions).toEqual(new Set([0, 1, 2, 3]));
  const smallestIdIsRight = mc.filter((q) => [...q.public.options].sort((a, b) => (a.id < b.id ? -1 : 1))[0].id === q.key.correctOptionId);
  expect(smallestIdIsRight.length).toBeLessThan(mc.length * 0.5);
  for (const q of mc) for (const o of q.public.options) expect(o.id).toMatch(/^[a-z0-9]{8}$/);
});

test("fields smuggled into the public part are dropped", () => {
  const [q] = ofType(questions, "multiple_choice");
  const tampered = {
    ...q,
    public: { ...q.public, correctOptionId: q.key.correctOptionId, options: q.public.options.map((o) => ({ ...o, correct: o.id === q.key.correctOptionId })) },
  } as GeneratedQuestion;
  const json = JSON.stringify(toPublicQuestion(tampered));
  expect(json).not.toContain("correct");
  expect(toPublicQuestion(tampered)).toEqual(toPublicQuestion(q));
});

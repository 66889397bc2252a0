import { generateQuiz } from "@/app/_domain/quiz/generate-quiz";
import { ALMOST_SCORE, gradeAnswer } from "@/app/_domain/quiz/grade-answer";
import { quizResponseSchema } from "@/app/_domain/quiz/responses";
import type { GeneratedQuestion } from "@/app/_domain/quiz/types";
import { DIRECTIONS, config, pool } from "./fixtures";
import { SEEDS, ofType } from "./helpers";

const all: GeneratedQuestion[] = DIRECTIONS.flatMap((direction) =>
  SEEDS.flatMap((seed) => generateQuiz(pool(), config({ direction, seed, count: 20 })).questions),
);
const find = <T extends GeneratedQuestion["public"]["type"]>(type: T, pred: (q: ReturnType<typeof ofType<T>>[number]) => boolean = () => true) => {
  const q = ofType(all, type).find(pred);
  if (!q) throw new Error(`fixture produced no ${type}`);
  return q;
};

describe("multiple choice", () => {
  const q = find("multiple_choice");
  const wrongId = q.public.options.find((o) => o.id !== q.key.correctOptionId)!.id;

  test("right, wrong, unknown", () => {
    expect(gradeAnswer(q, { optionId: q.key.correctOptionId })).toMatchObject({ verdict: "correct", score: 1, reason: null });
    expect(gradeAnswer(q, { optionId: wrongId })).toMatchObject({ verdict: "wrong", score: 0, reason: null });
    expect(gradeAnswer(q, { optionId: "nope" })).toMatchObject({ verdict: "wrong", score: 0, reason: "unknown_choice" });
  });

  test("expected names the right option", () => {
    const right = q.public.options.find((o) => o.id === q.key.correctOptionId)!;
    expect(gradeAnswer(q, { optionId: wrongId }).expected).toEqual({ kind: "choice", optionId: right.id, text: right.text });
  });
});

test("true/false", () => {
  const q = find("true_false", (x) => !x.key.isTrue);
  expect(gradeAnswer(q, { value: false })).toMatchObject({ verdict: "correct", score: 1 });
  expect(gradeAnswer(q, { value: true })).toMatchObject({ verdict: "wrong", score: 0 });
  expect(gradeAnswer(q, { value: "false" })).toMatchObject({ verdict: "wrong", reason: "malformed_response" });
  expect(gradeAnswer(q, { value: true }).expected).toEqual({ kind: "boolean", value: false, statement: q.key.correctStatement });
});

describe("cloze", () => {
  test("Japanese-aware: full-width numerals and the 年 suffix", () => {
    const q = find("cloze", (x) => x.reveal[0].key === "admm-plus-launched" && x.public.answerLang === "en");
    for (const text of ["2010", "２０１０", "2010年"]) expect(gradeAnswer(q, { text })).toMatchObject({ verdict: "correct", score: 1 });
    expect(gradeAnswer(q, { text: "2011" })).toMatchObject({ verdict: "wrong", score: 0 });
  });

  test("one typo in a long English answer is almost, scored ALMOST_SCORE", () => {
    const q = find("cloze", (x) => x.reveal[0].key === "vientiane-vision" && x.public.answerLang === "en");
    const result = gradeAnswer(q, { text: "Vientiane Vison" });
    expect(result).toMatchObject({ verdict: "almost", score: ALMOST_SCORE, matched: "Vientiane Vision" });
    expect(result.expected).toMatchObject({ kind: "text", text: "Vientiane Vision" });
  });

  test("kana folding for a Japanese answer; empty is wrong", () => {
    const q = find("cloze", (x) => x.reveal[0].key === "tenth-meeting-place" && x.public.answerLang === "ja");
    expect(gradeAnswer(q, { text: "ｼﾞｬｶﾙﾀ" }).verdict).toBe("correct");
    expect(gradeAnswer(q, { text: "じゃかるた" }).verdict).toBe("correct");
    expect(gradeAnswer(q, { text: " " })).toMatchObject({ verdict: "wrong", reason: "empty" });
  });
});

describe("matching", () => {
  const q = find("matching");
  const right = () => ({ ...q.key.pairs });

  test("all right is correct; partial credit is the share of pairs right", () => {
    expect(gradeAnswer(q, { pairs: right() })).toMatchObject({ verdict: "correct", score: 1 });
    const [a, b] = q.public.left.map((l) => l.id);
    const swapped = { ...right(), [a]: q.key.pairs[b], [b]: q.key.pairs[a] };
    const n = q.public.left.length;
    const result = gradeAnswer(q, { pairs: swapped });
    expect(result).toMatchObject({ verdict: "wrong", score: (n - 2) / n });
    expect(result.partsRight).toMatchObject({ [a]: false, [b]: false });
    const missing = right();
    delete missing[a];
    expect(gradeAnswer(q, { pairs: missing }).score).toBeCloseTo((n - 1) / n);
    expect(gradeAnswer(q, { pairs: {} })).toMatchObject({ verdict: "wrong", score: 0 });
  });

  test("unknown ids are rejected", () => {
    expect(gradeAnswer(q, { pairs: { ...right(), x: "y" } })).toMatchObject({ verdict: "wrong", score: 0, reason: "unknown_choice" });
  });
});

describe("ordering", () => {
  const q = find("ordering", (x) => x.key.order.length >= 4);

  test("all right is correct; partial credit is the share of positions right", () => {
    expect(gradeAnswer(q, { order: q.key.order })).toMatchObject({ verdict: "correct", score: 1 });
    const [first, second, ...rest] = q.key.order;
    const n = q.key.order.length;
    expect(gradeAnswer(q, { order: [second, first, ...rest] })).toMatchObject({ verdict: "wrong", score: (n - 2) / n });
    expect(gradeAnswer(q, { order: [...q.key.order].reverse() }).score).toBe(n % 2 ? 1 / n : 0);
  });

  test("a response that is not a permutation of the items is malformed", () => {
    expect(gradeAnswer(q, { order: q.key.order.slice(1) }).reason).toBe("malformed_response");
    expect(gradeAnswer(q, { order: [q.key.order[0], ...q.key.order.slice(0, -1)] }).reason).toBe("malformed_response");
  });
});

describe("term translation", () => {
  test("typed: the term or an alias", () => {
    const q = find("term_translation", (x) => x.public.mode === "typed" && x.reveal[0].key === "wps" && x.public.answerLang === "en");
    expect(gradeAnswer(q, { text: "ＷＰＳ" }).verdict).toBe("correct");
    expect(gradeAnswer(q, { text: "women, peace and security" }).verdict).toBe("correct");
    expect(gradeAnswer(q, { text: "FOIP" }).verdict).toBe("wrong");
    expect(gradeAnswer(q, { optionId: "x" }).reason).toBe("malformed_response");
  });

  test("choice: by option id", () => {
    const q = find("term_translation", (x) => x.public.mode === "choice");
    expect(gradeAnswer(q, { optionId: q.key.correctOptionId! }).verdict).toBe("correct");
    expect(gradeAnswer(q, { optionId: q.public.options.find((o) => o.id !== q.key.correctOptionId)!.id }).verdict).toBe("wrong");
    expect(gradeAnswer(q, { text: q.key.accepted[0] }).reason).toBe("malformed_response");
  });
});

test("malformed responses of any kind are wrong with a reason, never a throw", () => {
  const garbage: unknown[] = [undefined, null, 42, "text", [], {}, { text: 5 }, { optionId: "" }, { pairs: null }, { pairs: [] }, { order: "a" }, { value: 1 }, { text: "x".repeat(5000) }];
  for (const q of all.slice(0, 60)) {
    for (const response of garbage) {
      const result = gradeAnswer(q, response);
      expect(result.score).toBe(0);
      expect(result.verdict).toBe("wrong");
      expect(result.reason).not.toBeNull();
    }
  }
});

test("questions survive a JSON round trip (stored on the server between asking and grading)", () => {
  const q = find("multiple_choice");
  const stored = JSON.parse(JSON.stringify(q)) as GeneratedQuestion;
  expect(gradeAnswer(stored, { optionId: q.key.correctOptionId }).verdict).toBe("correct");
});

test("the request-body schema accepts every response shape and rejects junk", () => {
  for (const ok of [{ optionId: "a" }, { text: "x" }, { value: true }, { pairs: { a: "b" } }, { order: ["a"] }]) {
    expect(quizResponseSchema.safeParse(ok).success).toBe(true);
  }
  expect(quizResponseSchema.safeParse({ nothing: 1 }).success).toBe(false);
});

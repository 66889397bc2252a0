import { generateQuiz } from "@/app/_domain/quiz/generate-quiz";
import { QUESTION_TYPES } from "@/app/_domain/quiz/types";
import { createRandom } from "@/app/_domain/quiz/random";
import { ALL_TYPES, DIRECTIONS, config, fact, pool } from "./fixtures";
import { ofType } from "./helpers";

describe("determinism", () => {
  test("same pool + config + seed → same quiz", () => {
    expect(generateQuiz(pool(), config())).toEqual(generateQuiz(pool(), config()));
  });

  test("a different seed gives a different quiz", () => {
    const a = JSON.stringify(generateQuiz(pool(), config({ seed: "a" })));
    const b = JSON.stringify(generateQuiz(pool(), config({ seed: "b" })));
    expect(a).not.toBe(b);
  });

  test("independent of the pool's array order", () => {
    const p = pool();
    const shuffled = createRandom("order");
    const reordered = { facts: shuffled.shuffle(p.facts), entities: [...p.entities].reverse(), terms: [...p.terms].reverse() };
    expect(generateQuiz(reordered, config())).toEqual(generateQuiz(p, config()));
  });

  test("the PRNG is reproducible and spread out", () => {
    const a = createRandom("x");
    const b = createRandom("x");
    const draws = Array.from({ length: 1000 }, () => a.next());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.filter((d) => d < 0.5).length).toBeGreaterThan(430);
    expect(createRandom("y").next()).not.toBe(createRandom("x").next());
  });
});

describe.each(DIRECTIONS)("direction %s", (direction) => {
  const [promptLang, answerLang] = direction.split("-");
  const quizzes = ["a", "b", "c"].map((seed) => generateQuiz(pool(), config({ direction, seed })));

  test("every quiz has all six types and the requested count", () => {
    for (const quiz of quizzes) {
      expect(quiz.questions).toHaveLength(12);
      for (const type of QUESTION_TYPES) expect(ofType(quiz, type).length).toBeGreaterThanOrEqual(1);
    }
  });

  test("questions carry the direction's languages", () => {
    for (const q of quizzes.flatMap((quiz) => quiz.questions)) {
      expect([q.public.promptLang, q.public.answerLang]).toEqual([promptLang, answerLang]);
    }
  });

  test("no fact or term is asked twice in one quiz", () => {
    for (const quiz of quizzes) {
      const used = quiz.questions.flatMap((q) => q.reveal.map((r) => `${r.kind}:${r.key}`));
      expect(new Set(used).size).toBe(used.length);
    }
  });
});

test("types are mixed as evenly as the pool allows", () => {
  const quiz = generateQuiz(pool(), config({ count: 10, types: ["multiple_choice", "true_false", "cloze", "term_translation"] }));
  const counts = ["multiple_choice", "true_false", "cloze", "term_translation"].map((t) => ofType(quiz, t as never).length);
  expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  expect(quiz.shortfalls).toEqual([]);
});

test("deck and tag filters choose the facts asked", () => {
  const quiz = generateQuiz(pool(), config({ tags: ["history"], types: ["multiple_choice", "cloze", "term_translation"], count: 5 }));
  const keys = quiz.questions.flatMap((q) => q.reveal.map((r) => r.key));
  expect(keys.length).toBeGreaterThan(0);
  expect(keys.every((k) => ["admm-plus-launched", "admm-founded"].includes(k))).toBe(true);
  expect(quiz.shortfalls).toContainEqual({ type: "term_translation", reason: "no_terms" });
  const none = generateQuiz(pool(), config({ deckKeys: ["another-deck"], types: ["cloze"] }));
  expect(none).toEqual({ questions: [], shortfalls: [{ type: "cloze", reason: "no_eligible_items" }] });
});

describe("shortfalls", () => {
  test("no terms: reported, and the count is filled with other types", () => {
    const quiz = generateQuiz({ ...pool(), terms: [] }, config({ count: 8, types: ["term_translation", "cloze", "multiple_choice"] }));
    expect(quiz.shortfalls).toEqual([{ type: "term_translation", reason: "no_terms" }]);
    expect(quiz.questions).toHaveLength(8);
    expect(ofType(quiz, "term_translation")).toHaveLength(0);
  });

  test("no series with 4 members", () => {
    const p = pool();
    p.facts = p.facts.filter((f) => f.key !== "co-chair-5");
    const quiz = generateQuiz(p, config({ types: ["matching", "cloze"], count: 3 }));
    expect(quiz.shortfalls).toEqual([{ type: "matching", reason: "no_series_with_4" }]);
    expect(ofType(quiz, "cloze")).toHaveLength(3);
  });

  test("fewer than 3 dated events", () => {
    const p = pool();
    let dated = 0;
    p.facts = p.facts.filter((f) => !f.event || ++dated <= 2);
    const quiz = generateQuiz(p, config({ types: ["ordering", "true_false"], count: 2 }));
    expect(quiz.shortfalls).toEqual([{ type: "ordering", reason: "too_few_dated_events" }]);
    expect(quiz.questions).toHaveLength(2);
  });

  test("events on ambiguous dates (2010 vs 2010-11) do not make an ordering", () => {
    const ev = (key: string, date: string) =>
      fact({ key, answerType: "text", statementJa: "文。", answerTextJa: "文", statementEn: "A.", answerTextEn: "A", event: { date, labelJa: key, labelEn: key } });
    const p = { facts: [ev("a", "2010"), ev("b", "2010-11"), ev("c", "2010-11-02"), ev("d", "2012")], entities: [], terms: [] };
    expect(generateQuiz(p, config({ types: ["ordering"] })).shortfalls).toEqual([{ type: "ordering", reason: "too_few_dated_events" }]);
  });

  test("too few same-type entities for 3 distractors", () => {
    const p = pool();
    p.entities = p.entities.filter((e) => !["hanoi", "bangkok"].includes(e.key));
    p.facts = p.facts.filter((f) => f.key === "tenth-meeting-place");
    const quiz = generateQuiz(p, config({ types: ["multiple_choice"] }));
    expect(quiz).toEqual({ questions: [], shortfalls: [{ type: "multiple_choice", reason: "too_few_distractors" }] });
  });

  test("a type that runs out mid-quiz is reported as exhausted", () => {
    const quiz = generateQuiz(pool(), config({ types: ["matching"], count: 3 }));
    expect(ofType(quiz, "matching")).toHaveLength(1);
    expect(quiz.shortfalls).toEqual([{ type: "matching", reason: "exhausted" }]);
  });

  test("a full quiz reports nothing", () => {
    expect(generateQuiz(pool(), config({ types: ALL_TYPES, count: 6 })).shortfalls).toEqual([]);
  });
});

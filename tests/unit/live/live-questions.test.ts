import { generateLiveQuestions, type LiveQuestion, type LiveQuizConfig } from "@/app/_domain/live/generate-live-questions";
import { gradeLiveAnswer } from "@/app/_domain/live/grade-live-answer";
import { LIVE_QUESTION_TYPES, isLiveQuestionType } from "@/app/_domain/live/live-question-types";
import { playerQuestionView, playerRevealView } from "@/app/_domain/live/player-view";
import type { Choice, GeneratedQuestion, Lang } from "@/app/_domain/quiz/types";
import { pool } from "../quiz/fixtures";

const config = (over: Partial<LiveQuizConfig> = {}): LiveQuizConfig => ({
  deckKeys: "all", tags: [], count: 10, types: [...LIVE_QUESTION_TYPES], seed: "live", ...over,
});
const SEEDS = ["a", "b", "c", "d", "e", "f"];
const games = SEEDS.map((seed) => generateLiveQuestions(pool(), config({ seed })));
const all: LiveQuestion[] = games.flat();
const LANGS: Lang[] = ["ja", "en"];
const choicesOf = (q: GeneratedQuestion): Choice[] =>
  q.public.type === "ordering" ? q.public.items : "options" in q.public ? q.public.options : [];

test("live games use multiple choice, true/false, typed answer and ordering; never matching", () => {
  expect([...LIVE_QUESTION_TYPES].sort()).toEqual(["cloze", "multiple_choice", "ordering", "true_false"]);
  expect(isLiveQuestionType("matching")).toBe(false);
  expect(isLiveQuestionType("term_translation")).toBe(false);
  expect(new Set(all.map((q) => q.type))).toEqual(new Set(LIVE_QUESTION_TYPES));
  expect(all.every((q) => isLiveQuestionType(q.versions.ja.public.type))).toBe(true);
});

test("the requested count, no fact asked twice in a game, reproducible from the seed", () => {
  for (const game of games) {
    expect(game).toHaveLength(10);
    const keys = game.flatMap((q) => q.versions.ja.reveal.map((r) => r.key));
    expect(new Set(keys).size).toBe(keys.length);
  }
  expect(generateLiveQuestions(pool(), config({ seed: "a" }))).toEqual(games[0]);
});

test("only the requested types are asked", () => {
  const game = generateLiveQuestions(pool(), config({ types: ["true_false"], count: 3 }));
  expect(game.length).toBeGreaterThan(0);
  expect(game.every((q) => q.type === "true_false")).toBe(true);
});

describe("both languages ask the same question", () => {
  test.each(all.map((q, i) => [i, q] as const))("question %i", (_, q) => {
    const { ja, en } = q.versions;
    expect(ja.public.promptLang).toBe("ja");
    expect(ja.public.answerLang).toBe("ja");
    expect(en.public.promptLang).toBe("en");
    expect(en.public.answerLang).toBe("en");
    expect(ja.public.id).toBe(en.public.id);
    expect(ja.reveal.map((r) => r.key)).toEqual(en.reveal.map((r) => r.key));
    expect(choicesOf(ja).map((c) => c.id)).toEqual(choicesOf(en).map((c) => c.id));
    if (ja.key.type === "multiple_choice" && en.key.type === "multiple_choice") expect(ja.key.correctOptionId).toBe(en.key.correctOptionId);
    if (ja.key.type === "true_false" && en.key.type === "true_false") expect(ja.key.isTrue).toBe(en.key.isTrue);
    if (ja.key.type === "ordering" && en.key.type === "ordering") expect(ja.key.order).toEqual(en.key.order);
  });

  test("and shows it in each language's own words", () => {
    const mc = all.filter((q) => q.type === "multiple_choice");
    expect(mc.length).toBeGreaterThan(5);
    for (const q of mc) {
      const ja = playerQuestionView(q, 0, "ja").question;
      const en = playerQuestionView(q, 0, "en").question;
      if (ja.type !== "multiple_choice" || en.type !== "multiple_choice") throw new Error("not multiple choice");
      expect(ja.prompt).not.toBe(en.prompt);
      expect(ja.options.map((o) => o.text)).not.toEqual(en.options.map((o) => o.text));
    }
  });
});

describe("a player's view before the reveal carries no answer", () => {
  const SECRET_FIELDS = ["correct", "accepted", "isTrue", "pairs", "order", "dates", "explanation", "passage", "locator", "reveal", "key", "expected", "answerJa", "answerEn", "statementJa", "statementEn", "versions"];
  test.each(LANGS)("in %s", (lang) => {
    for (const q of all) {
      const view = playerQuestionView(q, 3, lang);
      const json = JSON.stringify(view);
      for (const field of SECRET_FIELDS) expect(json).not.toMatch(new RegExp(`"${field}[A-Za-z]*":`));
      expect(json).not.toContain(q.versions[lang].reveal[0].passage);
      // Neither language's answer key leaks into the other's view.
      for (const other of LANGS) expect(json).not.toContain(JSON.stringify(q.versions[other].key));
      expect(Object.keys(view).sort()).toEqual(["index", "question"]);
    }
  });

  test("the reveal view does carry the answer and the source passage", () => {
    const q = all.find((x) => x.type === "multiple_choice")!;
    const view = playerRevealView(q, 0, "en");
    const key = q.versions.en.key;
    expect(view.expected).toMatchObject({ kind: "choice", optionId: key.type === "multiple_choice" ? key.correctOptionId : "" });
    expect(view.reveal[0].passage).toBe(q.versions.en.reveal[0].passage);
  });
});

describe("grading through the quiz's grader", () => {
  test("the right choice is right in either language, since ids agree", () => {
    for (const q of all.filter((x) => x.type === "multiple_choice")) {
      const key = q.versions.ja.key;
      if (key.type !== "multiple_choice") throw new Error("not multiple choice");
      for (const lang of LANGS) {
        expect(gradeLiveAnswer(q, lang, { optionId: key.correctOptionId }).verdict).toBe("correct");
        const wrong = choicesOf(q.versions[lang]).find((c) => c.id !== key.correctOptionId)!;
        expect(gradeLiveAnswer(q, lang, { optionId: wrong.id }).verdict).toBe("wrong");
      }
    }
  });

  test("a typed answer is checked in the player's language, and the other language's answer counts too", () => {
    const cloze = all.filter((x) => x.type === "cloze");
    expect(cloze.length).toBeGreaterThan(3);
    for (const q of cloze) {
      const { ja, en } = q.versions;
      if (ja.key.type !== "cloze" || en.key.type !== "cloze") throw new Error("not a cloze");
      expect(gradeLiveAnswer(q, "ja", { text: ja.key.accepted[0] }).verdict).toBe("correct");
      expect(gradeLiveAnswer(q, "en", { text: en.key.accepted[0] }).verdict).toBe("correct");
      // Switched language mid-question: the answer in the other language is still right.
      expect(gradeLiveAnswer(q, "en", { text: ja.key.accepted[0] }).verdict).toBe("correct");
      const wrong = gradeLiveAnswer(q, "en", { text: "zzzz qqqq" });
      expect(wrong.verdict).toBe("wrong");
      expect(wrong.expected).toMatchObject({ kind: "text", text: en.key.accepted[0] });
    }
  });

  test("malformed responses are simply wrong", () => {
    for (const q of all.slice(0, 10)) {
      for (const response of [null, "x", { optionId: 5 }, { order: "no" }]) {
        expect(gradeLiveAnswer(q, "ja", response).verdict).toBe("wrong");
      }
    }
  });
});

test("the count is kept within the quiz's limits", () => {
  expect(generateLiveQuestions(pool(), config({ count: 0, types: ["multiple_choice"] }))).toHaveLength(1);
  expect(generateLiveQuestions(pool(), config({ count: 500 })).length).toBeLessThanOrEqual(50);
});

// The quiz pool on real databases: the seeded deck passed whole, deck subtrees and tags, and the seeded
// sample of a base too big to pass whole.
import { describeEachDatabase } from "../support/test-database";
import { seedDefaultDeck } from "@/app/_data/seed-default-deck";
import { loadQuizPool, WHOLE_BASE_LIMIT } from "@/app/_data/quiz/load-pool";
import { generateQuiz } from "@/app/_domain/quiz/generate-quiz";
import { DIRECTIONS, QUESTION_TYPES, type QuizConfig } from "@/app/_domain/quiz/types";
import { buildSyntheticBase } from "../bench/quiz/synthetic-base";

const config = (over: Partial<QuizConfig> = {}): QuizConfig => ({
  deckKeys: "all",
  tags: [],
  count: 20,
  types: [...QUESTION_TYPES],
  direction: "ja-en",
  seed: "pool-test",
  ...over,
});

describeEachDatabase("quiz pool from the seeded deck", (db) => {
  beforeAll(async () => {
    await seedDefaultDeck(db.prisma);
  }, 120_000);

  test("a small base is the pool, whole", async () => {
    const loaded = (await loadQuizPool(db.prisma, config()))!;
    expect(loaded.pool.facts).toHaveLength(121);
    expect(loaded.pool.terms).toHaveLength(52);
    // Answers are needed by name (options, distractors); subjects only by key (never offered as distractors).
    const answerKeys = new Set(loaded.pool.facts.flatMap((f) => f.answerEntityKeys));
    expect(answerKeys.size).toBeGreaterThan(10);
    const entityKeys = new Set(loaded.pool.entities.map((e) => e.key));
    for (const key of answerKeys) expect(entityKeys.has(key)).toBe(true);
    expect(loaded.config.deckKeys).toBe("all");
  });

  test("a deck means the deck and every deck below it; unknown decks give null", async () => {
    const root = (await loadQuizPool(db.prisma, config({ deckKeys: ["nids-289"] })))!;
    expect(root.config.deckKeys).toEqual(expect.arrayContaining(["nids-289", "nids-289.japan", "nids-289.ewg"]));
    const quiz = generateQuiz(root.pool, root.config);
    expect(quiz.questions).toHaveLength(20);

    const japan = (await loadQuizPool(db.prisma, config({ deckKeys: ["nids-289.japan"] })))!;
    expect(japan.config.deckKeys).toEqual(["nids-289.japan"]);
    const asked = generateQuiz(japan.pool, japan.config).questions.flatMap((q) => q.reveal);
    const deckOf = new Map([...japan.pool.facts, ...japan.pool.terms].map((r) => [r.key, r.deckKey]));
    expect(asked.length).toBeGreaterThan(0);
    for (const item of asked) expect(deckOf.get(item.key)).toBe("nids-289.japan");

    expect(await loadQuizPool(db.prisma, config({ deckKeys: ["no-such-deck"] }))).toBeNull();
  });

  test("a tag limits the facts asked", async () => {
    const loaded = (await loadQuizPool(db.prisma, config({ tags: ["co-chair"], types: ["multiple_choice", "cloze", "matching"] })))!;
    const tagsOf = new Map(loaded.pool.facts.map((f) => [f.key, f.tags]));
    const asked = generateQuiz(loaded.pool, loaded.config).questions.flatMap((q) => q.reveal);
    expect(asked.length).toBeGreaterThan(0);
    for (const item of asked) expect(tagsOf.get(item.key)).toContain("co-chair");
  });

  test.each(DIRECTIONS)("all six question types appear in generated quizzes, direction %s", async (direction) => {
    const [promptLang, answerLang] = direction.split("-");
    for (const seed of ["one", "two", "three"]) {
      const loaded = (await loadQuizPool(db.prisma, config({ direction, seed })))!;
      const quiz = generateQuiz(loaded.pool, loaded.config);
      expect(quiz.questions).toHaveLength(20);
      expect(new Set(quiz.questions.map((q) => q.public.type))).toEqual(new Set(QUESTION_TYPES));
      for (const q of quiz.questions) expect([q.public.promptLang, q.public.answerLang]).toEqual([promptLang, answerLang]);
    }
  });
});

describeEachDatabase("quiz pool sampled from a big base", (db) => {
  let deckKeys: string[];
  beforeAll(async () => {
    ({ deckKeys } = await buildSyntheticBase(db.url, { facts: 3000, entities: 600, terms: 900, decks: 6 }));
  }, 120_000);

  test("a base above the limit is sampled: a few facts per question asked, not the base", async () => {
    expect(3000).toBeGreaterThan(WHOLE_BASE_LIMIT);
    const loaded = (await loadQuizPool(db.prisma, config()))!;
    expect(loaded.pool.facts.length).toBeGreaterThanOrEqual(60);
    expect(loaded.pool.facts.length).toBeLessThanOrEqual(150);
    const bigger = (await loadQuizPool(db.prisma, config({ count: 50 })))!;
    expect(bigger.pool.facts.length).toBeGreaterThan(loaded.pool.facts.length);
    expect(loaded.pool.terms.length).toBeGreaterThan(0);
    expect(loaded.pool.terms.length).toBeLessThanOrEqual(40);
    expect(loaded.pool.entities.length).toBeLessThan(600);
  });

  test("the sample is seeded: the same seed gives the same pool, another seed another", async () => {
    const keys = async (seed: string) => (await loadQuizPool(db.prisma, config({ seed })))!.pool.facts.map((f) => f.key).sort();
    expect(await keys("a")).toEqual(await keys("a"));
    expect(await keys("a")).not.toEqual(await keys("b"));
  });

  test("series the sample touches are completed, so matching and ordering can be asked", async () => {
    for (const seed of ["s1", "s2", "s3"]) {
      const loaded = (await loadQuizPool(db.prisma, config({ seed })))!;
      const bySeries = new Map<string, number>();
      for (const f of loaded.pool.facts) if (f.series) bySeries.set(f.series.key, (bySeries.get(f.series.key) ?? 0) + 1);
      expect(Math.max(...bySeries.values())).toBeGreaterThanOrEqual(4);
      const quiz = generateQuiz(loaded.pool, loaded.config);
      expect(quiz.questions).toHaveLength(20);
      expect(new Set(quiz.questions.map((q) => q.public.type))).toEqual(new Set(QUESTION_TYPES));
    }
  });

  test("the sample keeps to the chosen deck and tag", async () => {
    const deck = deckKeys[2];
    const loaded = (await loadQuizPool(db.prisma, config({ deckKeys: [deck], tags: ["t7"], types: ["multiple_choice", "cloze", "true_false"] })))!;
    const byKey = new Map(loaded.pool.facts.map((f) => [f.key, f]));
    const quiz = generateQuiz(loaded.pool, loaded.config);
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const item of quiz.questions.flatMap((q) => q.reveal)) {
      expect(byKey.get(item.key)?.deckKey).toBe(deck);
      expect(byKey.get(item.key)?.tags).toContain("t7");
    }
  });
});

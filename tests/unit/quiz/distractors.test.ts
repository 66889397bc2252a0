import { generateQuiz } from "@/app/_domain/quiz/generate-quiz";
import { normalizeAnswer } from "@/app/_domain/text/normalize-answer";
import type { EntityRecord } from "@/app/_schemas/interchange";
import { DIRECTIONS, config, entities, fact, facts, pool } from "./fixtures";
import { SEEDS, entity, factOf, ofType } from "./helpers";

type Lang = "ja" | "en";
const name = (e: EntityRecord, lang: Lang) => (lang === "ja" ? e.nameJa : e.nameEn);
const forms = (e: EntityRecord) => [e.nameJa, e.nameEn, ...e.aliasesJa, ...e.aliasesEn].map(normalizeAnswer);

// An extra country that is the United States under another name: it must never be offered against it.
const america = { ...entity("us"), key: "america", nameJa: "アメリカ", nameEn: "America", aliasesJa: [], aliasesEn: ["ＵＳＡ"] };
const usFact = fact({
  key: "us-defence-secretary", answerType: "entity", answerEntityKeys: ["us"],
  statementJa: "アメリカ合衆国の国防長官が参加した。", answerTextJa: "アメリカ合衆国",
  statementEn: "The defence secretary of the United States attended.", answerTextEn: "United States",
});
const richPool = () => ({ ...pool(), facts: [...pool().facts, usFact], entities: [...entities, america] });

const mcQuestions = DIRECTIONS.flatMap((direction) =>
  SEEDS.flatMap((seed) => ofType(generateQuiz(richPool(), config({ direction, seed, count: 50, types: ["multiple_choice"] })), "multiple_choice")),
);

describe("multiple choice options", () => {
  test("4 options, distinct after normalization, the right one included", () => {
    expect(mcQuestions.length).toBeGreaterThan(100);
    for (const q of mcQuestions) {
      expect(q.public.options).toHaveLength(4);
      const texts = q.public.options.map((o) => normalizeAnswer(o.text));
      expect(new Set(texts).size).toBe(4);
      expect(new Set(q.public.options.map((o) => o.id)).size).toBe(4);
      expect(q.public.options.some((o) => o.id === q.key.correctOptionId)).toBe(true);
    }
  });

  test("entity distractors are entities of the answer's type, never the answer by another name nor the fact's subject", () => {
    const entityQuestions = mcQuestions.filter((q) => richPool().facts.find((f) => f.key === q.reveal[0].key)!.answerType === "entity");
    expect(entityQuestions.length).toBeGreaterThan(20);
    for (const q of entityQuestions) {
      const f = richPool().facts.find((x) => x.key === q.reveal[0].key)!;
      const right = richPool().entities.find((e) => e.key === f.answerEntityKeys[0])!;
      for (const option of q.public.options.filter((o) => o.id !== q.key.correctOptionId)) {
        const e = richPool().entities.find((x) => name(x, q.public.answerLang) === option.text);
        expect(e?.type).toBe(right.type);
        expect(forms(e!).some((form) => forms(right).includes(form))).toBe(false);
        expect(f.subjectEntityKeys).not.toContain(e!.key);
      }
      expect(q.public.options.find((o) => o.id === q.key.correctOptionId)!.text).toBe(name(right, q.public.answerLang));
    }
    const usOptions = entityQuestions.filter((q) => q.reveal[0].key === "us-defence-secretary").flatMap((q) => q.public.options.map((o) => o.text));
    expect(usOptions.length).toBeGreaterThan(0);
    expect(usOptions).not.toContain("America");
    expect(usOptions).not.toContain("アメリカ");
  });

  test("an entity that is the answer under another name is never offered, even when it is the only spare", () => {
    const few = { facts: [usFact], terms: [], entities: [entity("us"), america, entity("cn"), entity("sg"), entity("la")] };
    for (const seed of SEEDS) {
      const [q] = ofType(generateQuiz(few, config({ seed, types: ["multiple_choice"], direction: "en-en" })), "multiple_choice");
      expect(q.public.options.map((o) => o.text).sort()).toEqual(["China", "Laos", "Singapore", "United States"]);
    }
    // Japan is the subject of the co-chair facts ("Japan co-chaired with …"): not a sensible wrong answer.
    const coChair = { facts: facts.filter((f) => f.key === "co-chair-1"), terms: [], entities: ["sg", "jp", "cn", "la", "vn"].map(entity) };
    for (const seed of SEEDS) {
      const [q] = ofType(generateQuiz(coChair, config({ seed, types: ["multiple_choice"], direction: "en-en" })), "multiple_choice");
      expect(q.public.options.map((o) => o.text)).not.toContain("Japan");
    }
    const tooFew = { ...few, entities: few.entities.filter((e) => e.key !== "la") };
    expect(generateQuiz(tooFew, config({ types: ["multiple_choice"] })).shortfalls).toEqual([{ type: "multiple_choice", reason: "too_few_distractors" }]);
  });

  test("year distractors are within ±5 years and prefer years found elsewhere in the pool", () => {
    const yearQuestions = mcQuestions.filter((q) => q.reveal[0].key === "admm-plus-launched");
    expect(yearQuestions.length).toBeGreaterThan(10);
    for (const q of yearQuestions) {
      const years = q.public.options.map((o) => Number(o.text.replace("年", "")));
      for (const y of years) expect(Math.abs(y - 2010)).toBeLessThanOrEqual(5);
      // 2006 (ADMM founded) and 2014 (Japan-ASEAN meeting) are the pool's years near 2010.
      expect(years).toEqual(expect.arrayContaining([2006, 2010, 2014]));
      if (q.public.answerLang === "ja") expect(q.public.options.every((o) => /^\d{4}年$/.test(o.text))).toBe(true);
    }
  });

  test("number and date distractors are near and written like the answer", () => {
    for (const q of mcQuestions.filter((x) => x.reveal[0].key === "ewg-count")) {
      for (const o of q.public.options) {
        if (q.public.answerLang === "ja") expect(o.text).toMatch(/^[1-9]つ$/);
        expect(Math.abs(parseInt(o.text, 10) - 7)).toBeLessThanOrEqual(4);
      }
    }
    const dated = mcQuestions.filter((x) => x.reveal[0].key === "tenth-meeting-date");
    expect(dated.length).toBeGreaterThan(0);
    for (const q of dated) {
      for (const o of q.public.options) {
        const [, day] = q.public.answerLang === "ja" ? /2023年11月(\d+)日/.exec(o.text)! : /^(\d+) (?:November|October|December) 2023$/.exec(o.text)!;
        expect(Number(day)).toBeGreaterThan(0);
      }
    }
  });
});

describe("true/false", () => {
  const tf = DIRECTIONS.flatMap((direction) =>
    SEEDS.flatMap((seed) => ofType(generateQuiz(pool(), config({ direction, seed, count: 50, types: ["true_false"] })), "true_false")),
  );

  test("both true and false statements occur", () => {
    expect(tf.some((q) => q.key.isTrue)).toBe(true);
    expect(tf.some((q) => !q.key.isTrue)).toBe(true);
  });

  test("a false statement differs from the correct one only where the answer was", () => {
    for (const q of tf) {
      const f = factOf(q);
      const lang = q.public.promptLang;
      const correct = lang === "ja" ? f.statementJa : f.statementEn;
      const answer = lang === "ja" ? f.answerTextJa : f.answerTextEn;
      expect(q.key.correctStatement).toBe(correct);
      if (q.key.isTrue) {
        expect(q.public.statement).toBe(correct);
        continue;
      }
      const at = correct.indexOf(answer);
      const before = correct.slice(0, at);
      const after = correct.slice(at + answer.length);
      expect(q.public.statement.startsWith(before)).toBe(true);
      expect(q.public.statement.endsWith(after)).toBe(true);
      const swapped = q.public.statement.slice(before.length, q.public.statement.length - after.length);
      expect(normalizeAnswer(swapped)).not.toBe(normalizeAnswer(answer));
      if (f.answerType === "entity") {
        const right = entity(f.answerEntityKeys[0]);
        const e = entities.find((x) => name(x, lang) === swapped);
        expect(e?.type).toBe(right.type);
      }
      if (f.answerType === "year") expect(Math.abs(parseInt(swapped, 10) - Number(f.answerValue))).toBeLessThanOrEqual(5);
    }
  });
});

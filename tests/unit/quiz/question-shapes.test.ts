import { generateQuiz } from "@/app/_domain/quiz/generate-quiz";
import { CLOZE_BLANK } from "@/app/_domain/quiz/question-cloze";
import type { QuizConfig } from "@/app/_domain/quiz/types";
import { DIRECTIONS, config, pool } from "./fixtures";
import { SEEDS, entity, factOf, ofType, termOf } from "./helpers";

const quizzesFor = (types: QuizConfig["types"], count = 50) =>
  DIRECTIONS.flatMap((direction) => SEEDS.map((seed) => generateQuiz(pool(), config({ direction, seed, count, types }))));

describe("cloze", () => {
  const questions = quizzesFor(["cloze"]).flatMap((quiz) => ofType(quiz, "cloze"));

  test("the prompt-language statement with the answer blanked; key accepts the answer-language answer", () => {
    expect(questions.length).toBeGreaterThan(50);
    for (const q of questions) {
      const f = factOf(q);
      const [statement, blanked] = q.public.promptLang === "ja" ? [f.statementJa, f.answerTextJa] : [f.statementEn, f.answerTextEn];
      expect(q.public.before + blanked + q.public.after).toBe(statement);
      expect(q.key.accepted[0]).toBe(q.public.answerLang === "ja" ? f.answerTextJa : f.answerTextEn);
      expect(f.answerType).not.toBe("list");
    }
  });

  test("years and numbers accept the bare numeral; entities their aliases in the answer language", () => {
    const year = questions.find((q) => q.reveal[0].key === "admm-plus-launched" && q.public.answerLang === "ja")!;
    expect(year.key).toEqual({ type: "cloze", accepted: ["2010年", "2010"], numeric: true });
    expect(year.public.answerKind).toBe("year");
    const observer = questions.find((q) => q.reveal[0].key === "observer" && q.public.answerLang === "en")!;
    expect(observer.key.accepted).toEqual(expect.arrayContaining(["Timor-Leste", "East Timor"]));
    expect(observer.key.accepted).not.toContain("ティモール・レステ");
    const text = questions.find((q) => q.reveal[0].key === "third-meeting-no-declaration" && q.public.answerLang === "en")!;
    expect(text.key.accepted).toEqual(["no joint declaration was issued", "no joint declaration"]);
  });

  test("a repeated answer is blanked everywhere", () => {
    const p = pool();
    p.facts = [{ ...p.facts[0], statementEn: "In 2010 (yes, 2010) it began.", answerTextEn: "2010" }];
    const [q] = ofType(generateQuiz(p, config({ direction: "en-en", types: ["cloze"] })), "cloze");
    expect(q.public.before + q.public.after).not.toContain("2010");
    expect(q.public.after).toContain(CLOZE_BLANK);
  });
});

describe("matching", () => {
  const questions = quizzesFor(["matching"]).flatMap((quiz) => ofType(quiz, "matching"));

  test("pairs from one series: labels in the prompt language, answers in the answer language", () => {
    expect(questions.length).toBe(DIRECTIONS.length * SEEDS.length);
    for (const q of questions) {
      expect(q.public.left.length).toBeGreaterThanOrEqual(4);
      expect(q.public.left.length).toBeLessThanOrEqual(6);
      expect(q.public.right).toHaveLength(q.public.left.length);
      const series = new Set(q.reveal.map((r, i) => factOf(q, i).series!.key));
      expect(series.size).toBe(1);
      q.public.left.forEach((left, i) => {
        const f = factOf(q, i);
        expect(left.text).toBe(q.public.promptLang === "ja" ? f.series!.labelJa : f.series!.labelEn);
        const right = q.public.right.find((r) => r.id === q.key.pairs[left.id])!;
        const e = entity(f.answerEntityKeys[0]);
        expect(right.text).toBe(q.public.answerLang === "ja" ? e.nameJa : e.nameEn);
      });
    }
  });

  test("the right side is shuffled away from the left side's order", () => {
    for (const q of questions) {
      const aligned = q.public.left.every((l, i) => q.key.pairs[l.id] === q.public.right[i].id);
      expect(aligned).toBe(false);
    }
  });
});

describe("ordering", () => {
  const questions = quizzesFor(["ordering"]).flatMap((quiz) => ofType(quiz, "ordering"));

  test("3–5 events with distinct dates; the key is chronological; items are shuffled", () => {
    expect(questions.length).toBeGreaterThan(SEEDS.length);
    const sizes = new Set<number>();
    for (const q of questions) {
      const n = q.public.items.length;
      sizes.add(n);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      const dates = q.key.order.map((id) => q.key.dates[id]);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(n);
      expect(q.public.items.map((i) => i.id)).not.toEqual(q.key.order);
      expect([...q.public.items.map((i) => i.id)].sort()).toEqual([...q.key.order].sort());
      q.key.order.forEach((id, i) => {
        const f = factOf(q, i);
        expect(q.key.dates[id]).toBe(f.event!.date);
        const label = q.public.items.find((item) => item.id === id)!.text;
        expect(label).toBe(q.public.promptLang === "ja" ? f.event!.labelJa : f.event!.labelEn);
      });
    }
    expect(sizes.size).toBeGreaterThan(1);
  });
});

describe("term translation", () => {
  const questions = quizzesFor(["term_translation"]).flatMap((quiz) => ofType(quiz, "term_translation"));

  test("across languages: the term in, the term out; typed and choice both occur", () => {
    const cross = questions.filter((q) => q.public.promptLang !== q.public.answerLang);
    for (const q of cross) {
      const t = termOf(q);
      expect(q.public.promptKind).toBe("term");
      expect(q.public.prompt).toBe(q.public.promptLang === "ja" ? t.ja : t.en);
      expect(q.key.accepted[0]).toBe(q.public.answerLang === "ja" ? t.ja : t.en);
      expect(q.public.promptReading).toBe(q.public.promptLang === "ja" ? t.readingJa : "");
    }
    expect(questions.some((q) => q.public.mode === "typed")).toBe(true);
    const choice = questions.filter((q) => q.public.mode === "choice");
    expect(choice.length).toBeGreaterThan(0);
    for (const q of choice) {
      expect(q.public.options).toHaveLength(4);
      const right = q.public.options.find((o) => o.id === q.key.correctOptionId)!;
      expect(right.text).toBe(q.key.accepted[0]);
    }
  });

  test("same language: asked from the definition, with the term masked out", () => {
    const same = questions.filter((q) => q.public.promptLang === q.public.answerLang);
    expect(same.length).toBeGreaterThan(0);
    for (const q of same) {
      const t = termOf(q);
      expect(q.public.promptKind).toBe("definition");
      expect(q.public.promptReading).toBe("");
      for (const name of [t.ja, t.en, ...t.aliasesJa, ...t.aliasesEn]) expect(q.public.prompt.toLowerCase()).not.toContain(name.toLowerCase());
    }
    const admm = same.find((q) => q.reveal[0].key === "admm-plus" && q.public.promptLang === "ja")!;
    expect(admm.public.prompt).toBe("＿＿はASEANと域外8カ国の国防相会議。");
  });
});

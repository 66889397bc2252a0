// Wording rules for the seeded content that a test can hold: names rendered one way in English, and
// claims about the time of writing dated.
import fs from "node:fs";
import path from "node:path";
import { maskTerm } from "@/app/_domain/quiz/question-term-translation";
import { normalizeAnswer } from "@/app/_domain/text/normalize-answer";
import { interchangeDocument } from "@/app/_schemas/interchange";

const FILE = path.resolve(__dirname, "../../prisma/content/nids-commentary-289.json");
const doc = interchangeDocument.parse(JSON.parse(fs.readFileSync(FILE, "utf8")));

describe("nids-commentary-289: names", () => {
  test("日ASEAN防衛担当大臣会合 is the Japan-ASEAN Defence Ministers' Informal Meeting in English", () => {
    const meetings = doc.entities.filter((e) => e.nameJa.includes("日ASEAN防衛担当大臣会合"));
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(m.nameEn).toMatch(/Japan-ASEAN Defence Ministers' Informal Meeting$/);
    // Wherever the Japanese names the meeting, the English names it the same way.
    const records = [
      ...doc.facts.flatMap((f) => [
        [f.key, f.questionJa, f.questionEn],
        [f.key, f.statementJa, f.statementEn],
        [f.key, f.answerTextJa, f.answerTextEn],
        [f.key, f.explanationJa, f.explanationEn],
      ]),
      ...doc.terms.map((t) => [t.key, t.definitionJa, t.definitionEn]),
      ...doc.entities.map((e) => [e.key, e.descriptionJa, e.descriptionEn]),
      ...doc.decks.map((d) => [d.key, d.descriptionJa, d.descriptionEn]),
    ];
    const misnamed = records
      .filter(([, ja, en]) => ja.includes("日ASEAN防衛担当大臣会合") && !en.includes("Defence Ministers' Informal Meeting"))
      .map(([key]) => key);
    expect(misnamed).toEqual([]);
  });
});
describe("nids-commentary-289: time-bound statements", () => {
  // The source is dated December 2023; what it says holds "now" must say when that was, or a learner
  // reading it later takes it as still true.
  const NOW_JA = /現在|今日|目下|停止されている|務めている/u;
  const NOW_EN = /\b(?:current|currently|now|today|at present|is suspended|is co-chairing)\b/iu;
  const AS_OF_JA = "2023年12月時点";
  const AS_OF_EN = /as of December 2023/iu;

  test("every present-tense claim about the time of writing says “as of December 2023”", () => {
    const undated: string[] = [];
    const check = (key: string, field: string, ja: string, en: string) => {
      if (NOW_JA.test(ja) && !ja.includes(AS_OF_JA)) undated.push(`${key} ${field}Ja`);
      if (NOW_EN.test(en) && !AS_OF_EN.test(en)) undated.push(`${key} ${field}En`);
    };
    for (const f of doc.facts) {
      check(f.key, "question", f.questionJa, f.questionEn);
      check(f.key, "statement", f.statementJa, f.statementEn);
      check(f.key, "explanation", f.explanationJa, f.explanationEn);
      if (f.series) check(f.key, "series.label", f.series.labelJa, f.series.labelEn);
    }
    for (const t of doc.terms) check(t.key, "definition", t.definitionJa, t.definitionEn);
    for (const e of doc.entities) check(e.key, "description", e.descriptionJa, e.descriptionEn);
    for (const d of doc.decks) check(d.key, "description", d.descriptionJa, d.descriptionEn);
    expect(undated).toEqual([]);
  });
});


describe("nids-commentary-289: questions", () => {
  test("every question is asked as a question in both languages", () => {
    const notQuestions = doc.facts
      .filter((f) => !/\?$/.test(f.questionEn) || !/か(?:（[^）]+）)?。$/.test(f.questionJa))
      .map((f) => f.key);
    expect(notQuestions).toEqual([]);
  });
});

describe("nids-commentary-289: glossary", () => {
  // A same-language term question shows the definition with the term masked out; what is left must not
  // still spell the term or one of its names.
  test("no definition gives its term away once the term is masked", () => {
    const giveaways: string[] = [];
    for (const t of doc.terms) {
      for (const [definition, names] of [
        [t.definitionJa, [t.ja, ...t.aliasesJa]],
        [t.definitionEn, [t.en, ...t.aliasesEn]],
      ] as const) {
        const shown = normalizeAnswer(maskTerm(t, definition));
        for (const name of names) {
          if (normalizeAnswer(name).length >= 3 && shown.includes(normalizeAnswer(name))) giveaways.push(`${t.key}: ${name}`);
        }
      }
    }
    expect(giveaways).toEqual([]);
  });
});

// What the seeded content lets a learner answer, checked with the quiz's own acceptance logic: the accepted
// forms come from the cloze builder's `acceptedAnswers` (answer text, stored variants, the answer entity's
// name and aliases, value forms) and a response is judged by `isAnswerCorrect`, exactly as grading does.
import fs from "node:fs";
import path from "node:path";
import { valueKindOf } from "@/app/_domain/quiz/answer-values";
import { acceptedAnswers } from "@/app/_domain/quiz/question-cloze";
import { createQuizContext } from "@/app/_domain/quiz/quiz-context";
import type { Lang } from "@/app/_domain/quiz/types";
import { isAnswerCorrect } from "@/app/_domain/text/is-answer-correct";
import { normalizeAnswer } from "@/app/_domain/text/normalize-answer";
import { interchangeDocument, type FactRecord } from "@/app/_schemas/interchange";

const FILE = path.resolve(__dirname, "../../prisma/content/nids-commentary-289.json");
const doc = interchangeDocument.parse(JSON.parse(fs.readFileSync(FILE, "utf8")));
const ctx = createQuizContext(
  { facts: doc.facts, entities: doc.entities, terms: doc.terms },
  { deckKeys: "all", tags: [], count: 1, types: ["cloze"], direction: "ja-en", seed: "content" },
);
const LANGS: Lang[] = ["ja", "en"];

const factByKey = (key: string): FactRecord => {
  const f = doc.facts.find((x) => x.key === key);
  if (!f) throw new Error(`missing ${key}`);
  return f;
};
/** How grading judges `response` to `fact` when the answer is asked in `lang`. */
const verdict = (fact: FactRecord, lang: Lang, response: string) => {
  const kind = valueKindOf(fact);
  return isAnswerCorrect(response, acceptedAnswers(ctx, fact, lang), { numeric: kind === "year" || kind === "number" })
    .verdict;
};
const accepts = (fact: FactRecord, lang: Lang, response: string) => verdict(fact, lang, response) !== "wrong";

const QUOTED = /「([^」]+)」|『([^』]+)』|“([^”]+)”|"([^"]+)"/gu;
const quotedIn = (text: string) => [...text.matchAll(QUOTED)].map((m) => m.slice(1).find(Boolean)!);
/** The statement as a cloze shows it: every occurrence of the answer text is blanked. */
const visibleStatement = (statement: string, answer: string) => statement.split(answer).join("＿＿＿");

describe("nids-commentary-289: what counts as a right answer", () => {
  test("no accepted answer is a cue the question (or the cloze statement) quotes", () => {
    const giveaways: string[] = [];
    for (const fact of doc.facts) {
      const cues = [
        ...quotedIn(fact.questionJa),
        ...quotedIn(fact.questionEn),
        ...quotedIn(visibleStatement(fact.statementJa, fact.answerTextJa)),
        ...quotedIn(visibleStatement(fact.statementEn, fact.answerTextEn)),
      ];
      for (const cue of new Set(cues)) {
        for (const lang of LANGS) {
          if (accepts(fact, lang, cue)) giveaways.push(`${fact.key} (${lang}) accepts its own cue ${cue}`);
        }
      }
    }
    expect(giveaways).toEqual([]);
  });

  test("the abbreviation questions and the ADMM-Plus One question refuse their cue but take the name", () => {
    const cases: [key: string, cue: string, ja: string, en: string][] = [
      ["fact.admm-plus.extra-regional.japan", "日", "日本", "Japan"],
      ["fact.admm-plus.extra-regional.united-states", "米", "米国", "the US"],
      ["fact.admm-plus.extra-regional.china", "中", "中国", "China"],
      ["fact.admm-plus.extra-regional.india", "印", "インド", "India"],
      ["fact.admm-plus.extra-regional.russia", "露", "ロシア", "Russia"],
      ["fact.admm-plus.extra-regional.south-korea", "韓", "韓国", "South Korea"],
      ["fact.admm-plus.extra-regional.australia", "豪", "オーストラリア", "Australia"],
      ["fact.japan-asean-dmm.admm-plus-one", "ADMMプラス1", "日ASEAN防衛担当大臣会合", "Japan-ASEAN Defence Ministers' Informal Meeting"],
    ];
    for (const [key, cue, ja, en] of cases) {
      const fact = factByKey(key);
      expect([key, verdict(fact, "ja", cue), verdict(fact, "en", cue)]).toEqual([key, "wrong", "wrong"]);
      expect([key, verdict(fact, "ja", ja), verdict(fact, "en", en)]).toEqual([key, "correct", "correct"]);
    }
    expect(verdict(factByKey("fact.japan-asean-dmm.admm-plus-one"), "en", "ADMM-Plus One")).toBe("wrong");
  });

  test("an answer to a two-part question must give both parts", () => {
    const refused: [key: string, lang: Lang, response: string][] = [
      // Asks whether face was saved, not only whose face.
      ["fact.assessment.face-saved", "ja", "面目"],
      ["fact.assessment.face-saved", "en", "face"],
      // Asks how often and at what time of year.
      ["fact.admm-plus.current-frequency", "ja", "毎年"],
      ["fact.admm-plus.current-frequency", "en", "annually"],
      ["fact.admm-plus.current-frequency", "en", "every year"],
      ["fact.admm-plus.current-frequency", "ja", "秋"],
      ["fact.admm-plus.current-frequency", "en", "autumn"],
    ];
    expect(refused.filter(([key, lang, r]) => accepts(factByKey(key), lang, r))).toEqual([]);
    const accepted: [key: string, lang: Lang, response: string][] = [
      ["fact.assessment.face-saved", "ja", "面目は保たれた"],
      ["fact.assessment.face-saved", "ja", "面目を保った"],
      ["fact.assessment.face-saved", "en", "face was saved"],
      ["fact.assessment.face-saved", "en", "they saved face"],
      ["fact.admm-plus.current-frequency", "ja", "毎年秋頃"],
      ["fact.admm-plus.current-frequency", "ja", "毎年秋ごろ"],
      ["fact.admm-plus.current-frequency", "en", "every year around autumn"],
      ["fact.admm-plus.current-frequency", "en", "annually, in the autumn"],
      ["fact.admm-plus.current-frequency", "en", "every fall"],
    ];
    expect(accepted.filter(([key, lang, r]) => !accepts(factByKey(key), lang, r))).toEqual([]);
  });

  test("right answers written another common way are accepted", () => {
    const cases: [key: string, lang: Lang, response: string][] = [
      ["fact.meeting-10.attendee.miyazawa-hiroyuki", "ja", "宮沢博行"],
      ["fact.meeting-10.attendee.miyazawa-hiroyuki", "ja", "宮澤博行"],
      ["fact.meeting-10.attendee.rajnath-singh", "ja", "ラジナート・シン"],
      ["fact.meeting-10.attendee.rajnath-singh", "ja", "ラージナート・シン"],
      ["fact.japan.cochair.cycle-3", "en", "No, it did not"],
      ["fact.japan.cochair.cycle-3", "en", "No, it didn't"],
      ["fact.japan.cochair.cycle-3", "en", "No"],
      ["fact.japan.cochair.cycle-3", "ja", "いいえ、務めなかった"],
      ["fact.japan.cochair.cycle-3", "ja", "いいえ"],
    ];
    expect(cases.filter(([key, lang, r]) => verdict(factByKey(key), lang, r) !== "correct")).toEqual([]);
  });

  describe("people: the family name alone answers a question about who", () => {
    // The rule: a person is named in full or by family name, never by given name alone. Within this deck
    // each family name belongs to one person, so the family name identifies the answer, as it would in a
    // news report after the first mention.
    const people = doc.entities.filter((e) => e.type === "person");
    /** Aliases that are only part of the name: the family name, or (wrongly) a given name. */
    const partialNames = (name: string, aliases: string[]) =>
      aliases.filter((a) => normalizeAnswer(a) !== normalizeAnswer(name) && normalizeAnswer(name).includes(normalizeAnswer(a)));
    /**
     * The family name. Names written in kanji (庄司智孝, 景建峰) put it first, in Japanese and in English
     * (SHOJI Tomotaka, Jing Jianfeng); names written in katakana (ロイド・オースティン) put it last.
     */
    const familyName = (name: string, lang: Lang, familyFirst: boolean, partial: string) => {
      if (lang === "ja") return familyFirst ? (name.startsWith(partial) ? partial : "(not a prefix)") : name.split("・").at(-1)!;
      const words = name.split(/\s+/);
      return familyFirst ? words[0] : words.at(-1)!;
    };

    test.each(people.map((p) => [p.key, p] as const))("%s", (_, person) => {
      const familyFirst = !person.nameJa.includes("・") && /\p{Script=Han}/u.test(person.nameJa);
      for (const lang of LANGS) {
        const name = lang === "ja" ? person.nameJa : person.nameEn;
        const parts = partialNames(name, lang === "ja" ? person.aliasesJa : person.aliasesEn);
        // Exactly one partial name is stored, and it is the family name, never a given name.
        expect([lang, parts.length]).toEqual([lang, 1]);
        const expected = familyName(name, lang, familyFirst, parts[0]);
        expect([lang, normalizeAnswer(parts[0])]).toEqual([lang, normalizeAnswer(expected)]);
        // No other entity answers to that name, so it identifies this person.
        const others = doc.entities.filter(
          (e) =>
            e.key !== person.key &&
            [e.nameJa, e.nameEn, ...e.aliasesJa, ...e.aliasesEn].some((n) => normalizeAnswer(n) === normalizeAnswer(parts[0])),
        );
        expect(others.map((e) => e.key)).toEqual([]);
      }
    });

    test("every question answered by a person accepts the family name in both languages", () => {
      const refused: string[] = [];
      for (const fact of doc.facts) {
        const person = fact.answerType === "entity" ? ctx.entities.get(fact.answerEntityKeys[0]) : undefined;
        if (person?.type !== "person") continue;
        for (const lang of LANGS) {
          const name = lang === "ja" ? person.nameJa : person.nameEn;
          for (const surname of partialNames(name, lang === "ja" ? person.aliasesJa : person.aliasesEn)) {
            if (verdict(fact, lang, surname) !== "correct") refused.push(`${fact.key} (${lang}) ${surname}`);
          }
        }
      }
      expect(refused).toEqual([]);
      expect(verdict(factByKey("fact.meeting-10.attendee.jing-jianfeng"), "ja", "景")).toBe("correct");
      expect(verdict(factByKey("fact.meeting-10.attendee.miyazawa-hiroyuki"), "ja", "宮沢")).toBe("correct");
      // A given name alone is not an answer.
      expect(verdict(factByKey("fact.meeting-10.attendee.jing-jianfeng"), "ja", "建峰")).toBe("wrong");
      expect(verdict(factByKey("fact.meeting-10.attendee.lloyd-austin"), "en", "Lloyd")).toBe("wrong");
    });
  });

  test("面目を保つ reads めんぼくをたもつ, and めんもくをたもつ is accepted", () => {
    const term = doc.terms.find((t) => t.key === "term.save-face")!;
    expect(term.readingJa).toBe("めんぼくをたもつ");
    // A typed term translation accepts the term and its aliases (question-term-translation.ts).
    const accepted = [term.ja, ...term.aliasesJa];
    for (const typed of ["面目を保つ", "めんぼくをたもつ", "めんもくをたもつ"]) {
      expect([typed, isAnswerCorrect(typed, accepted).verdict]).toEqual([typed, "correct"]);
    }
  });
});

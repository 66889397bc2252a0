// A fill-in-the-blank must not give its answer away: in English an "a"/"an" before the blank tells the
// answer's first sound ("ADMM-Plus is an ___"), so the article goes into the blank. Checked on every
// fact of the real content, one fact at a time, in every direction.
import { readFileSync } from "node:fs";
import path from "node:path";
import { generateQuiz } from "@/app/_domain/quiz/generate-quiz";
import { gradeAnswer } from "@/app/_domain/quiz/grade-answer";
import { clozeParts, CLOZE_BLANK } from "@/app/_domain/quiz/question-cloze";
import { interchangeDocument } from "@/app/_schemas/interchange";
import { config, DIRECTIONS } from "./fixtures";
import { ofType } from "./helpers";

const doc = interchangeDocument.parse(
  JSON.parse(readFileSync(path.join(__dirname, "../../../prisma/content/nids-commentary-289.json"), "utf8")),
);
const ARTICLE_BEFORE_BLANK = /(^|[^\p{L}])an?\s*$/iu;

describe("clozeParts", () => {
  test("an article before the blank goes into it, in any case, repeats included", () => {
    expect(clozeParts("ADMM-Plus is an annual meeting.", "annual meeting", "en")).toEqual({ before: "ADMM-Plus is ", after: ".", article: "an" });
    expect(clozeParts("A coup took place; it was a coup.", "coup", "en")).toEqual({ before: "", after: ` took place; it was ${CLOZE_BLANK}.`, article: "a" });
    // Words that merely end in "a" are not articles.
    expect(clozeParts("It met in Jakarta observer.", "observer", "en").before).toBe("It met in Jakarta ");
    expect(clozeParts("Held in Asia 2010.", "2010", "en").before).toBe("Held in Asia ");
    // Japanese has no articles: nothing is moved.
    expect(clozeParts("ADMMプラスはa年次会合である。", "年次会合", "ja").before).toBe("ADMMプラスはa");
  });
});

describe.each(DIRECTIONS)("every fact of the content as a cloze, %s", (direction) => {
  const made = doc.facts.flatMap((fact) =>
    ofType(generateQuiz({ facts: [fact], entities: doc.entities, terms: doc.terms }, config({ direction, types: ["cloze"], count: 1, seed: fact.key })), "cloze").map(
      (q) => ({ fact, q }),
    ),
  );
  const questions = made.map((m) => m.q);

  test("covers the facts a cloze can be made of", () => {
    expect(questions.length).toBeGreaterThan(doc.facts.length / 2);
  });

  test("no blank is preceded by an article, and the first accepted answer is right", () => {
    for (const q of questions) {
      expect(q.public.before).not.toMatch(ARTICLE_BEFORE_BLANK);
      expect(`${q.public.before}${CLOZE_BLANK}${q.public.after}`).not.toMatch(new RegExp(`(^|[^\\p{L}])an?\\s*${CLOZE_BLANK}`, "iu"));
      expect(gradeAnswer(q, { text: q.key.accepted[0] }).verdict).toBe("correct");
      expect(new Set(q.key.accepted).size).toBe(q.key.accepted.length);
    }
  });

  test("where the English statement had an article before the answer, the answer with or without it is right", () => {
    const hidden = made.filter(({ fact }) => clozeParts(fact.statementEn, fact.answerTextEn, "en").article !== null);
    if (direction === "en-en") expect(hidden.length).toBeGreaterThanOrEqual(3);
    for (const { fact, q } of hidden) {
      if (q.public.promptLang !== "en" || q.public.answerLang !== "en") continue;
      const { article } = clozeParts(fact.statementEn, fact.answerTextEn, "en");
      expect(gradeAnswer(q, { text: fact.answerTextEn }).verdict).toBe("correct");
      expect(gradeAnswer(q, { text: `${article} ${fact.answerTextEn}` }).verdict).toBe("correct");
      expect(q.key.accepted.some((a) => /^(an?) \1 /i.test(a))).toBe(false);
    }
  });
});

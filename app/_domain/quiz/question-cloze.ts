// The statement (prompt language) with the answer blanked; the learner types it in the answer language.
import type { FactRecord } from "@/app/_schemas/interchange";
import { valueAcceptedForms, valueKindOf } from "./answer-values";
import { buildFromOneFact, newQuestionId, type QuestionBuilder } from "./build-result";
import { answerTextOf, pickLang, singleAnswerEntity, statementOf, type QuizContext } from "./quiz-context";
import type { Lang } from "./types";

export const CLOZE_BLANK = "＿＿＿";

export const buildCloze: QuestionBuilder = (ctx) =>
  buildFromOneFact(
    ctx,
    "cloze",
    // Lists are left to flashcards: typing every member in the right form is a test of typing.
    (fact) => fact.answerType !== "list" && statementOf(fact, ctx.promptLang).includes(answerTextOf(fact, ctx.promptLang)),
    (fact) => {
      const statement = statementOf(fact, ctx.promptLang);
      const answer = answerTextOf(fact, ctx.promptLang);
      const { before, after, article } = clozeParts(statement, answer, ctx.promptLang);
      const kind = valueKindOf(fact);
      const accepted = acceptedAnswers(ctx, fact, ctx.answerLang);
      return {
        public: {
          type: "cloze",
          id: newQuestionId(ctx),
          promptLang: ctx.promptLang,
          answerLang: ctx.answerLang,
          before,
          after,
          answerKind: kind ?? "text",
        },
        key: {
          type: "cloze",
          // The article went into the blank: typing it along with the answer is right too.
          accepted: article && ctx.answerLang === "en" ? withArticle(accepted, article) : accepted,
          numeric: kind === "year" || kind === "number",
        },
      };
    },
    "no_eligible_items",
  );

/** "a" or "an" (any case) ending a text, with the spaces after it: before a blank it tells the answer's first sound. */
const TRAILING_ARTICLE = /(^|[\s(“"'‘])(an?)\s+$/i;

/**
 * The statement around the blank. Later repeats of the answer are blanked too, or the statement would
 * give it away; in English an "a"/"an" just before a blank goes into the blank (it would tell whether the
 * answer starts with a vowel sound: "ADMM-Plus is an ___").
 */
export function clozeParts(statement: string, answer: string, lang: Lang): { before: string; after: string; article: string | null } {
  const pieces = statement.split(answer);
  let article: string | null = null;
  if (lang === "en") {
    for (let i = 0; i < pieces.length - 1; i++) {
      const match = TRAILING_ARTICLE.exec(pieces[i]);
      if (!match) continue;
      if (i === 0) article = match[2].toLowerCase();
      pieces[i] = pieces[i].slice(0, match.index + match[1].length);
    }
  }
  const [first, ...rest] = pieces;
  return { before: first, after: rest.join(CLOZE_BLANK), article };
}

/** The accepted forms, and each of them after the article unless it already starts with one. */
function withArticle(accepted: string[], article: string): string[] {
  const bare = accepted.filter((a) => !/^(an?|the)\s/i.test(a));
  return [...new Set([...accepted, ...bare.map((a) => `${article} ${a}`)])];
}

/** The answer in `lang`, the answer entity's name and aliases in `lang`, the stored accepted forms. */
export function acceptedAnswers(ctx: QuizContext, fact: FactRecord, lang: Lang): string[] {
  const entity = singleAnswerEntity(ctx, fact);
  const all = [
    answerTextOf(fact, lang),
    ...(entity ? [pickLang(entity.nameJa, entity.nameEn, lang), ...pickLang(entity.aliasesJa, entity.aliasesEn, lang)] : []),
    ...pickLang(fact.acceptedJa, fact.acceptedEn, lang),
    ...valueAcceptedForms(fact),
  ];
  return [...new Set(all.filter(Boolean))];
}

const pickLang2 = (ja: string[], en: string[], lang: Lang) => (lang === "ja" ? ja : en);

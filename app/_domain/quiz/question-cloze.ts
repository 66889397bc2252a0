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
      const at = statement.indexOf(answer);
      // Later repeats of the answer are blanked too, or the statement would give it away.
      const blankRepeats = (s: string) => s.split(answer).join(CLOZE_BLANK);
      const kind = valueKindOf(fact);
      return {
        public: {
          type: "cloze",
          id: newQuestionId(ctx),
          promptLang: ctx.promptLang,
          answerLang: ctx.answerLang,
          before: blankRepeats(statement.slice(0, at)),
          after: blankRepeats(statement.slice(at + answer.length)),
          answerKind: kind ?? "text",
        },
        key: {
          type: "cloze",
          accepted: acceptedAnswers(ctx, fact, ctx.answerLang),
          numeric: kind === "year" || kind === "number",
        },
      };
    },
    "no_eligible_items",
  );

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

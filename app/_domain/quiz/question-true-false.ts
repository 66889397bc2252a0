// A statement shown as is, or with its answer swapped for one plausible distractor; nothing else changes.
import { findDistractors, rightAnswerText } from "./distractors";
import { buildFromOneFact, newQuestionId, type QuestionBuilder } from "./build-result";
import { answerTextOf, pickLang, replaceFirst, statementOf } from "./quiz-context";

export const buildTrueFalse: QuestionBuilder = (ctx) =>
  buildFromOneFact(
    ctx,
    "true_false",
    (fact) =>
      rightAnswerText(ctx, fact) !== null &&
      statementOf(fact, ctx.promptLang).includes(answerTextOf(fact, ctx.promptLang)),
    (fact) => {
      const lang = ctx.promptLang;
      const statement = statementOf(fact, lang);
      const isTrue = ctx.rng.next() < 0.5;
      // A distractor must exist either way, so a "no alternative" fact is not always true.
      const [swap] = findDistractors(ctx, fact, 1) ?? [];
      if (!swap) return null;
      const shown = isTrue ? statement : replaceFirst(statement, answerTextOf(fact, lang), pickLang(swap.ja, swap.en, lang));
      if (!isTrue && ctx.norm(shown) === ctx.norm(statement)) return null;
      return {
        public: {
          type: "true_false",
          id: newQuestionId(ctx),
          promptLang: lang,
          answerLang: ctx.answerLang,
          statement: shown,
        },
        key: { type: "true_false", isTrue, correctStatement: statement },
      };
    },
    "too_few_distractors",
  );

import { findDistractors, rightAnswerText } from "./distractors";
import { buildFromOneFact, newQuestionId, type QuestionBuilder } from "./build-result";
import { pickLang, questionOf } from "./quiz-context";

const DISTRACTORS = 3;

export const buildMultipleChoice: QuestionBuilder = (ctx) =>
  buildFromOneFact(
    ctx,
    "multiple_choice",
    (fact) => rightAnswerText(ctx, fact) !== null,
    (fact) => {
      const right = rightAnswerText(ctx, fact)!;
      const wrong = findDistractors(ctx, fact, DISTRACTORS);
      if (!wrong) return null;
      const lang = ctx.answerLang;
      const options = [right, ...wrong].map((a) => ({ id: ctx.rng.token(), text: pickLang(a.ja, a.en, lang) }));
      return {
        public: {
          type: "multiple_choice",
          id: newQuestionId(ctx),
          promptLang: ctx.promptLang,
          answerLang: lang,
          prompt: questionOf(fact, ctx.promptLang),
          options: ctx.rng.shuffle(options),
        },
        key: { type: "multiple_choice", correctOptionId: options[0].id },
      };
    },
    "too_few_distractors",
  );

import type { QuestionBuilder } from "./build-result";
import { buildCloze } from "./question-cloze";
import { buildMatching } from "./question-matching";
import { buildMultipleChoice } from "./question-multiple-choice";
import { buildOrdering } from "./question-ordering";
import { buildTermTranslation } from "./question-term-translation";
import { buildTrueFalse } from "./question-true-false";
import { createQuizContext } from "./quiz-context";
import {
  MAX_QUESTIONS,
  QUESTION_TYPES,
  type GeneratedQuestion,
  type GeneratedQuiz,
  type QuestionType,
  type QuizConfig,
  type QuizPool,
  type Shortfall,
} from "./types";

export { MAX_QUESTIONS };

const BUILDERS: Record<QuestionType, QuestionBuilder> = {
  multiple_choice: buildMultipleChoice,
  true_false: buildTrueFalse,
  cloze: buildCloze,
  matching: buildMatching,
  ordering: buildOrdering,
  term_translation: buildTermTranslation,
};


/**
 * Builds a quiz deterministically from pool + config (seed included), whatever the pool's array order.
 * Types take turns (in a random order each round) so they mix as evenly as the pool allows; a type that
 * cannot produce another question is reported once in `shortfalls` and the others fill its place.
 * No fact or term is asked twice.
 */
export function generateQuiz(pool: QuizPool, config: QuizConfig): GeneratedQuiz {
  const ctx = createQuizContext(pool, config);
  const count = Math.max(1, Math.min(MAX_QUESTIONS, Math.floor(config.count)));
  let active = QUESTION_TYPES.filter((t) => config.types.includes(t));
  const questions: GeneratedQuestion[] = [];
  const shortfalls: Shortfall[] = [];
  const reserve = () => (ctx.reserved = { series: active.includes("matching"), events: active.includes("ordering") });
  reserve();
  while (questions.length < count && active.length > 0) {
    for (const type of ctx.rng.shuffle(active)) {
      if (questions.length === count) break;
      const result = BUILDERS[type](ctx);
      if ("shortfall" in result) {
        shortfalls.push({ type, reason: result.shortfall });
        active = active.filter((t) => t !== type);
        reserve();
        continue;
      }
      questions.push(result.question);
      for (const item of result.question.reveal) (item.kind === "fact" ? ctx.usedFacts : ctx.usedTerms).add(item.key);
    }
  }
  return { questions: ctx.rng.shuffle(questions), shortfalls };
}

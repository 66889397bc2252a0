// The question types a live game asks: one-tap or short answers that fit a phone and a countdown.
// Matching is left out (dragging pairs on a phone against the clock), and so is term translation (every
// player answers in their own language, so there is nothing to translate).
import type { QuestionType } from "@/app/_domain/quiz/types";

export const LIVE_QUESTION_TYPES = ["multiple_choice", "true_false", "cloze", "ordering"] as const satisfies readonly QuestionType[];
export type LiveQuestionType = (typeof LIVE_QUESTION_TYPES)[number];

export const isLiveQuestionType = (type: QuestionType): type is LiveQuestionType =>
  (LIVE_QUESTION_TYPES as readonly QuestionType[]).includes(type);

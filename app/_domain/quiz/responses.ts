// The shapes a learner's answer may take, one per question type. Validated on the server before grading.
import { z } from "zod";
import type { GeneratedQuestion } from "./types";
import { MAX_TYPED_ANSWER_LENGTH } from "./limits";

const id = z.string().min(1).max(64);
const typed = z.object({ text: z.string().max(MAX_TYPED_ANSWER_LENGTH) });
const chosen = z.object({ optionId: id });

export const responseSchemas = {
  multiple_choice: chosen,
  true_false: z.object({ value: z.boolean() }),
  cloze: typed,
  /** leftId → rightId; lefts left out count as wrong. */
  matching: z.object({ pairs: z.record(id, id) }),
  /** Every item id, earliest first. */
  ordering: z.object({ order: z.array(id).max(10) }),
  /** `text` when the question's mode is "typed", `optionId` when it is "choice". */
  term_translation: z.union([typed, chosen]),
} as const;

export type ChoiceResponse = z.infer<typeof chosen>;
export type TypedResponse = z.infer<typeof typed>;
export type TrueFalseResponse = z.infer<typeof responseSchemas.true_false>;
export type MatchingResponse = z.infer<typeof responseSchemas.matching>;
export type OrderingResponse = z.infer<typeof responseSchemas.ordering>;
export type QuizResponse = ChoiceResponse | TypedResponse | TrueFalseResponse | MatchingResponse | OrderingResponse;

/** Any of the shapes: for a request body before the question is loaded. */
export const quizResponseSchema = z.union([
  chosen,
  typed,
  responseSchemas.true_false,
  responseSchemas.matching,
  responseSchemas.ordering,
]);

export const responseSchemaFor = (question: GeneratedQuestion) => responseSchemas[question.key.type];

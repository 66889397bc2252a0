// Inputs of the quiz feature, shared by the set-up form (react-hook-form + zodResolver) and the server
// actions, which parse them again. Issue messages are error codes the UI translates (Quiz.errors.<code>).
import { z } from "zod";
import "./zod-config";
import { quizResponseSchema } from "../_domain/quiz/responses";
import { MAX_TYPED_ANSWER_LENGTH } from "../_domain/quiz/limits";
import { DIRECTIONS, MAX_QUESTIONS, QUESTION_TYPES, type QuizConfig } from "../_domain/quiz/types";

export { DEFAULT_QUESTION_COUNT, QUIZ_ERROR_CODES, SEED_MAX_LENGTH } from "./constants";
import { QUIZ_ERROR_CODES, SEED_MAX_LENGTH } from "./constants";
export type QuizErrorCode = (typeof QUIZ_ERROR_CODES)[number];

export { MAX_QUESTIONS };
const ALL = "all";

const code = (c: QuizErrorCode) => ({ error: c });
const asArray = (v: unknown) => (v === undefined || v === null || v === false || v === "" ? [] : Array.isArray(v) ? v : [v]);
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const key = z.string(code("invalid")).trim().max(120, code("invalid"));

/** The set-up form: one deck (or all) and one tag (or any), as the page offers them. */
export const quizSetupSchema = z.object({
  deck: key.default(ALL),
  tag: key.default(""),
  count: z.preprocess(
    blankToUndefined,
    z.coerce
      .number(code("countRange"))
      .int(code("countRange"))
      .min(1, code("countRange"))
      .max(MAX_QUESTIONS, code("countRange")),
  ),
  types: z.preprocess(
    asArray,
    z
      .array(z.enum(QUESTION_TYPES, code("typesRequired")), code("typesRequired"))
      .min(1, code("typesRequired"))
      .transform((list) => QUESTION_TYPES.filter((t) => list.includes(t))),
  ),
  direction: z.enum(DIRECTIONS, code("directionRequired")),
  /** Blank: the server picks one. The same seed gives the same quiz. */
  seed: z.string(code("invalid")).trim().max(SEED_MAX_LENGTH, code("seedTooLong")).default(""),
});
export type QuizSetupInput = z.input<typeof quizSetupSchema>;
export type QuizSetup = z.output<typeof quizSetupSchema>;

export function toQuizConfig(setup: QuizSetup, randomSeed: () => string): QuizConfig {
  return {
    deckKeys: setup.deck === "" || setup.deck === ALL ? ALL : [setup.deck],
    tags: setup.tag ? [setup.tag] : [],
    count: setup.count,
    types: setup.types,
    direction: setup.direction,
    seed: setup.seed || randomSeed(),
  };
}

/** Attempt ids are cuids. */
export const attemptIdSchema = z.string(code("notFound")).regex(/^[a-z0-9]{1,64}$/i, code("notFound"));

/** A response whose typed text is longer than an answer can be. */
export const isTooLongText = (v: unknown) =>
  typeof v === "object" && v !== null && typeof (v as { text?: unknown }).text === "string" && (v as { text: string }).text.length > MAX_TYPED_ANSWER_LENGTH;

export const answerInputSchema = z.object({
  attemptId: attemptIdSchema,
  position: z.number(code("notFound")).int(code("notFound")).min(0, code("notFound")).max(MAX_QUESTIONS - 1, code("notFound")),
  // A typed answer over the limit is named as such (the union alone would only say "could not be read").
  response: z
    .unknown()
    .refine((v) => !isTooLongText(v), code("answerTooLong"))
    .pipe(z.union(quizResponseSchema.options, code("invalidResponse"))),
});
export type AnswerInputValue = z.input<typeof answerInputSchema>;

/** `?q=` on a question page: 1-based, as people count. */
export const questionNumberSchema = z.coerce.number().int().min(1).max(MAX_QUESTIONS);

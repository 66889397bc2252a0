import { z } from "zod";
import { DIRECTIONS, MAX_QUESTIONS, QUESTION_TYPES, type QuizConfig } from "./types";

const key = z.string().trim().min(1).max(120);

/** Validates a quiz request from the browser; types are de-duplicated. */
export const quizConfigSchema = z.object({
  deckKeys: z.union([z.literal("all"), z.array(key).min(1).max(50)]),
  tags: z.array(key).max(30).default([]),
  count: z.number().int().min(1).max(MAX_QUESTIONS),
  types: z
    .array(z.enum(QUESTION_TYPES))
    .min(1)
    .max(QUESTION_TYPES.length)
    .transform((types) => [...new Set(types)]),
  direction: z.enum(DIRECTIONS),
  seed: z.string().min(1).max(200),
}) satisfies z.ZodType<QuizConfig, unknown>;

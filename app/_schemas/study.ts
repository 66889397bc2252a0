// Inputs of the study feature, checked again in every server action. Error messages are codes that the
// UI translates (Study.errors.<code>), so one schema serves both languages. Card directions and the
// learner's study settings (directions, retention, new cards per day, time zone) belong to the account
// settings (app/_schemas/account.ts); studying only reads them.
import { z } from "zod";
import { CARD_DIRECTIONS, DEFAULT_SETTINGS, parseDirections, type CardDirection } from "./account";

export { CARD_DIRECTIONS, parseDirections, type CardDirection };
export const DEFAULT_DIRECTIONS: readonly CardDirection[] = DEFAULT_SETTINGS.directions;
/** Glossary terms have no same-language card (a term and its own definition would be another feature). */
export const TERM_DIRECTIONS: readonly CardDirection[] = ["ja-en", "en-ja"];

const deckKey = z.string().trim().min(1).max(200);
const many = (v: unknown) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]);

/** The decks to study: keys of decks (each includes its sub-decks). */
export const deckKeysSchema = z.preprocess(
  many,
  z.array(deckKey, { error: "invalidDecks" }).min(1, { error: "noDeck" }).max(50, { error: "invalidDecks" }),
);

/** `?deck=a&deck=b` on the review page: malformed values are dropped rather than an error. */
export const reviewPageQuerySchema = z.object({
  deck: z.preprocess(many, z.array(z.unknown()).transform((values) => values.filter((v): v is string => typeof v === "string" && v.length > 0 && v.length <= 200).slice(0, 50))),
});

export const startStudySchema = z.object({
  locale: z.enum(["ja", "en"]).catch("ja"),
  decks: deckKeysSchema,
});

/** Made by the browser for each answer, so that a retried submission is recognised. */
const requestId = z.string({ error: "invalidRequest" }).regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "invalidRequest" });
const id = z.string({ error: "invalidRequest" }).min(1, { error: "invalidRequest" }).max(64, { error: "invalidRequest" });
const decks = z.array(deckKey, { error: "invalidDecks" }).max(50, { error: "invalidDecks" }).default([]);

export const submitReviewSchema = z.object(
  {
    cardId: id,
    rating: z.number({ error: "invalidRating" }).int({ error: "invalidRating" }).min(1, { error: "invalidRating" }).max(4, { error: "invalidRating" }),
    requestId,
    durationMs: z.number().int().min(0).max(86_400_000).catch(0).default(0),
    decks,
  },
  { error: "invalidRequest" },
);
export type SubmitReviewInput = z.input<typeof submitReviewSchema>;

export const undoReviewSchema = z.object({ reviewId: id, requestId, decks }, { error: "invalidRequest" });
export type UndoReviewInput = z.input<typeof undoReviewSchema>;

export { STUDY_ERROR_CODES } from "./constants";
import { STUDY_ERROR_CODES } from "./constants";
export type StudyErrorCode = (typeof STUDY_ERROR_CODES)[number];

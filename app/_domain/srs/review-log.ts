import { CARD_STATE_FIELDS, type CardState, type CardStateValue } from "./card-state";

export type Grade = 1 | 2 | 3 | 4;
export const RATING = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type ReviewKind = "review" | "undo" | "class";

/**
 * The columns of a `ReviewLog` row that scheduling produces (the data layer adds id, requestId, userId,
 * cardId, kind, durationMs). Card fields are the card BEFORE the review; `due` is its real due date.
 */
export interface ReviewLogEntry {
  rating: Grade;
  state: CardStateValue;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
  /** JSON of the card before (serializeCardState), which undo restores and checks against. */
  previousCard: string;
}

/** The card columns a log row keeps (the card before the entry): all but the counters and the last review. */
type LoggedCardField = Exclude<keyof CardState, "reps" | "lapses" | "lastReview">;
export const LOGGED_CARD_FIELDS = CARD_STATE_FIELDS.filter(
  (field): field is LoggedCardField => field !== "reps" && field !== "lapses" && field !== "lastReview",
);

/** Every column of ReviewLogEntry (for selects that read a stored entry back). */
export const REVIEW_LOG_FIELDS: (keyof ReviewLogEntry)[] = [...LOGGED_CARD_FIELDS, "rating", "lastElapsedDays", "reviewedAt", "previousCard"];

/** The logged columns of a card, for a log row that the scheduler did not produce (an undo). */
export function loggedCardColumns(card: CardState): Pick<CardState, LoggedCardField> {
  return Object.fromEntries(LOGGED_CARD_FIELDS.map((field) => [field, card[field]])) as Pick<CardState, LoggedCardField>;
}

/** What statistics need from a stored row. */
export interface LoggedReview {
  id: string;
  kind: ReviewKind | string;
  rating: number;
  state: number;
  reviewedAt: Date;
  undoesId?: string | null;
  cardId?: string;
}

/**
 * The reviews that count: the log is append-only, so an undo is a row of its own pointing at the review
 * it cancels; both drop out. Classroom answers ("class") did move the card, so they count.
 */
export function countedReviews<L extends LoggedReview>(logs: readonly L[]): L[] {
  const undone = new Set<string>();
  for (const log of logs) if (log.kind === "undo" && log.undoesId) undone.add(log.undoesId);
  return logs.filter((log) => log.kind !== "undo" && !undone.has(log.id));
}

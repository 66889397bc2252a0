import { createEmptyCard, State, type Card as FsrsCard } from "ts-fsrs";

/** The scheduling columns of the `Card` model, as the data layer reads and writes them. */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning */
  state: CardStateValue;
  lastReview: Date | null;
}

/** The scheduling columns, listed once, each with its name in ts-fsrs. */
const FSRS_NAMES = {
  due: "due",
  stability: "stability",
  difficulty: "difficulty",
  elapsedDays: "elapsed_days",
  scheduledDays: "scheduled_days",
  learningSteps: "learning_steps",
  reps: "reps",
  lapses: "lapses",
  state: "state",
  lastReview: "last_review",
} as const satisfies { [K in keyof CardState]: keyof FsrsCard };

/** What a Card row selects, writes and snapshots. */
export const CARD_STATE_FIELDS = Object.keys(FSRS_NAMES) as (keyof CardState)[];

export type CardStateValue = 0 | 1 | 2 | 3;
export const CARD_STATE = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;

/** Anki's default leech threshold: by then the card costs more than it teaches and needs rewriting. */
export const LEECH_LAPSES = 8;

export function isLeech(card: Pick<CardState, "lapses">): boolean {
  return card.lapses >= LEECH_LAPSES;
}

export function isLearning(card: Pick<CardState, "state">): boolean {
  return card.state === CARD_STATE.Learning || card.state === CARD_STATE.Relearning;
}

export function newCardState(now: Date): CardState {
  return fromFsrsCard(createEmptyCard(now));
}

export function toFsrsCard(card: CardState): FsrsCard {
  const renamed = Object.fromEntries(CARD_STATE_FIELDS.map((field) => [FSRS_NAMES[field], card[field]])) as unknown as FsrsCard;
  return { ...renamed, due: new Date(card.due), state: card.state as State, last_review: card.lastReview ? new Date(card.lastReview) : undefined };
}

export function fromFsrsCard(card: FsrsCard): CardState {
  const renamed = Object.fromEntries(CARD_STATE_FIELDS.map((field) => [field, card[FSRS_NAMES[field]]])) as unknown as CardState;
  return { ...renamed, due: new Date(card.due), state: card.state as CardStateValue, lastReview: card.last_review ? new Date(card.last_review) : null };
}

/** Only the scheduling columns are copied, so a full Prisma row can be passed in. */
export function pickCardState(row: CardState): CardState {
  const picked = Object.fromEntries(CARD_STATE_FIELDS.map((field) => [field, row[field]])) as unknown as CardState;
  return { ...picked, due: new Date(row.due), lastReview: row.lastReview ? new Date(row.lastReview) : null };
}

/** The `ReviewLog.previousCard` column: a JSON snapshot of the card before the entry. */
export function serializeCardState(card: CardState): string {
  const c = pickCardState(card);
  return JSON.stringify({ ...c, due: c.due.toISOString(), lastReview: c.lastReview?.toISOString() ?? null });
}

export function parseCardState(json: string): CardState | null {
  if (!json) return null;
  const raw = JSON.parse(json) as Omit<CardState, "due" | "lastReview"> & { due: string; lastReview: string | null };
  return pickCardState({ ...raw, due: new Date(raw.due), lastReview: raw.lastReview ? new Date(raw.lastReview) : null });
}

export function sameCardState(a: CardState, b: CardState): boolean {
  return serializeCardState(a) === serializeCardState(b);
}

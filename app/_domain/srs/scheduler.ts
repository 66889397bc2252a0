import { fsrs, generatorParameters, type FSRS, type Grade as FsrsGrade, type ReviewLogInput } from "ts-fsrs";
import { fromFsrsCard, parseCardState, sameCardState, serializeCardState, toFsrsCard, type CardState } from "./card-state";
import type { Grade, ReviewLogEntry } from "./review-log";

export interface SchedulerOptions {
  /** Probability of recall the intervals aim for (User.desiredRetention). */
  desiredRetention?: number;
  /**
   * Spreads long intervals a little so cards learnt together do not fall due together. ts-fsrs seeds the
   * fuzz from review time, reps and the card's memory state, so it is deterministic: a preview and the
   * review at the same instant agree, and tests can reproduce it.
   */
  enableFuzz?: boolean;
}

export type IntervalUnit = "minute" | "hour" | "day" | "month" | "year";

export interface IntervalPreview {
  rating: Grade;
  due: Date;
  minutes: number;
  /** Whole days as FSRS schedules them; 0 while in (re)learning steps. */
  days: number;
  /** Rounded for a button label; `unit` is an Intl.NumberFormat unit, so the UI can localize it. */
  display: { value: number; unit: IntervalUnit };
}

export interface ReviewResult {
  card: CardState;
  log: ReviewLogEntry;
}

export class UndoMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UndoMismatchError";
  }
}

export const GRADES: readonly Grade[] = [1, 2, 3, 4];

export interface Scheduler {
  readonly params: ReturnType<typeof generatorParameters>;
  scheduleReview(card: CardState, rating: Grade, now: Date): ReviewResult;
  previewIntervals(card: CardState, now: Date): IntervalPreview[];
  undoReview(cardAfter: CardState, log: ReviewLogEntry): CardState;
  retrievability(card: CardState, now: Date): number;
}

export function createScheduler({ desiredRetention = 0.9, enableFuzz = true }: SchedulerOptions = {}): Scheduler {
  if (!(desiredRetention > 0 && desiredRetention < 1)) throw new RangeError("desiredRetention must be in (0, 1)");
  // FSRS-6 default weights and the default learning steps (1m, 10m) and relearning step (10m).
  const params = generatorParameters({ request_retention: desiredRetention, enable_fuzz: enableFuzz });
  const f = fsrs(params);
  return {
    params,
    scheduleReview: (card, rating, now) => scheduleReview(f, card, rating, now),
    previewIntervals: (card, now) => previewIntervals(f, card, now),
    undoReview: (cardAfter, log) => undoReview(f, cardAfter, log),
    retrievability: (card, now) => retrievabilityWith(f, card, now),
  };
}

function assertGrade(rating: number): asserts rating is Grade {
  if (!GRADES.includes(rating as Grade)) throw new RangeError(`rating must be 1..4, got ${rating}`);
}

function scheduleReview(f: FSRS, card: CardState, rating: Grade, now: Date): ReviewResult {
  assertGrade(rating);
  const { card: next, log } = f.next(toFsrsCard(card), now, rating as unknown as FsrsGrade);
  return {
    card: fromFsrsCard(next),
    log: {
      rating,
      state: card.state,
      // ts-fsrs puts the previous review date in its log's `due`; the ReviewLog column holds the real due.
      due: new Date(card.due),
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      reviewedAt: new Date(now),
      previousCard: serializeCardState(card),
    },
  };
}

function previewIntervals(f: FSRS, card: CardState, now: Date): IntervalPreview[] {
  const preview = f.repeat(toFsrsCard(card), now);
  return GRADES.map((rating) => {
    const next = preview[rating as unknown as FsrsGrade].card;
    const minutes = Math.max(0, Math.round((next.due.getTime() - now.getTime()) / 60_000));
    return { rating, due: new Date(next.due), minutes, days: next.scheduled_days, display: displayInterval(minutes) };
  });
}

export function displayInterval(minutes: number): IntervalPreview["display"] {
  const days = minutes / 1440;
  if (minutes < 60) return { value: Math.max(1, minutes), unit: "minute" };
  if (minutes < 1440) return { value: Math.round(minutes / 60), unit: "hour" };
  if (days < 30) return { value: Math.round(days), unit: "day" };
  if (days < 365) return { value: round1(days / 30), unit: "month" };
  return { value: round1(days / 365), unit: "year" };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Rolls the card back with ts-fsrs and checks the result against the snapshot stored with the review.
 * ts-fsrs cannot know the old due (it restores the review time) nor, with our column meaning, the old
 * last review, so those come from the log row and its snapshot; everything else must match or the card
 * has moved on since (e.g. undo of a review that is not the latest) and the undo is refused.
 */
function undoReview(f: FSRS, cardAfter: CardState, log: ReviewLogEntry): CardState {
  if (cardAfter.lastReview?.getTime() !== new Date(log.reviewedAt).getTime()) {
    throw new UndoMismatchError("the card was reviewed again after this review");
  }
  const snapshot = parseCardState(log.previousCard);
  const fsrsLog: ReviewLogInput = {
    rating: log.rating,
    state: log.state,
    due: snapshot?.lastReview ?? log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsedDays,
    last_elapsed_days: log.lastElapsedDays,
    scheduled_days: log.scheduledDays,
    learning_steps: log.learningSteps,
    review: log.reviewedAt,
  };
  const restored = { ...fromFsrsCard(f.rollback(toFsrsCard(cardAfter), fsrsLog)), due: new Date(log.due) };
  if (snapshot && !sameCardState(restored, snapshot)) {
    throw new UndoMismatchError("rollback does not match the stored snapshot");
  }
  return snapshot ?? restored;
}

const defaultFsrs = fsrs();

/** Probability of recall now (FSRS-6 forgetting curve; independent of desired retention). 0 for new cards. */
export function retrievability(card: CardState, now: Date): number {
  return retrievabilityWith(defaultFsrs, card, now);
}

function retrievabilityWith(f: FSRS, card: CardState, now: Date): number {
  return f.get_retrievability(toFsrsCard(card), now, false);
}

import { CARD_STATE, isLeech, type CardState } from "./card-state";
import { addDays, DAY_ROLLOVER_HOUR, dayKey, daysBetween, type DayKey } from "./learner-day";
import { countedReviews, type LoggedReview } from "./review-log";
import { retrievability } from "./scheduler";

export interface DayCount {
  day: DayKey;
  count: number;
}

/** Learner days with at least one counted review (feed for `streak`). */
export function reviewDayKeys(logs: readonly LoggedReview[], timeZone: string, rolloverHour = DAY_ROLLOVER_HOUR): Set<DayKey> {
  return new Set(countedReviews(logs).map((l) => dayKey(l.reviewedAt, timeZone, rolloverHour)));
}

/**
 * Consecutive learner days with a review, ending today or yesterday: a streak is not lost in the
 * morning before the day's first review, only once a whole day has passed without one.
 */
export function streak(reviewDays: Iterable<DayKey>, today: DayKey): number {
  const days = new Set(reviewDays);
  let day = days.has(today) ? today : addDays(today, -1);
  let n = 0;
  while (days.has(day)) {
    n++;
    day = addDays(day, -1);
  }
  return n;
}

/** Counted reviews per learner day from `from`'s day to `to`'s day inclusive, days without reviews as 0. */
export function reviewsPerDay(
  logs: readonly LoggedReview[],
  timeZone: string,
  from: Date,
  to: Date,
  rolloverHour = DAY_ROLLOVER_HOUR,
): DayCount[] {
  const first = dayKey(from, timeZone, rolloverHour);
  const span = daysBetween(first, dayKey(to, timeZone, rolloverHour));
  const counts = new Array<number>(Math.max(0, span + 1)).fill(0);
  for (const log of countedReviews(logs)) {
    const i = daysBetween(first, dayKey(log.reviewedAt, timeZone, rolloverHour));
    if (i >= 0 && i < counts.length) counts[i]++;
  }
  return counts.map((count, i) => ({ day: addDays(first, i), count }));
}

export interface Retention {
  /** Share of passed reviews, null when there were none to measure. */
  actual: number | null;
  desired: number;
  passed: number;
  failed: number;
  total: number;
}

/**
 * True retention as FSRS means it: only reviews of cards that were in Review state (learning steps
 * measure something else); Hard, Good and Easy pass, Again fails. Window: the last `windowDays` days.
 */
export function retention(
  logs: readonly LoggedReview[],
  desiredRetention: number,
  now: Date,
  windowDays = 30,
): Retention {
  const since = now.getTime() - windowDays * 86_400_000;
  let passed = 0;
  let failed = 0;
  for (const log of countedReviews(logs)) {
    const t = log.reviewedAt.getTime();
    if (log.state !== CARD_STATE.Review || t <= since || t > now.getTime()) continue;
    if (log.rating === 1) failed++;
    else if (log.rating >= 2 && log.rating <= 4) passed++;
  }
  const total = passed + failed;
  return { actual: total ? passed / total : null, desired: desiredRetention, passed, failed, total };
}

type ForecastCard = Pick<CardState, "due" | "state"> & { suspended?: boolean };

/** Started cards due on each of the next `days` learner days; anything overdue is counted today. */
export function dueForecast(
  cards: readonly ForecastCard[],
  now: Date,
  timeZone: string,
  days = 30,
  rolloverHour = DAY_ROLLOVER_HOUR,
): Array<DayCount & { overdue: number }> {
  const today = dayKey(now, timeZone, rolloverHour);
  const out = Array.from({ length: days }, (_, i) => ({ day: addDays(today, i), count: 0, overdue: 0 }));
  for (const card of cards) {
    if (card.state === CARD_STATE.New || card.suspended) continue;
    const i = daysBetween(today, dayKey(card.due, timeZone, rolloverHour));
    if (i < 0 && out.length) {
      out[0].count++;
      out[0].overdue++;
    } else if (i < days) out[i].count++;
  }
  return out;
}

/**
 * A card counts as mastered when it is in Review with stability ≥ 21 days: FSRS would still expect 90%
 * recall three weeks after the last review (the analogue of Anki's "mature" interval).
 */
export const MASTERY_STABILITY_DAYS = 21;

export interface DeckMastery {
  deckId: string;
  total: number;
  new: number;
  learning: number;
  young: number;
  mastered: number;
  /** mastered / total (0 for an empty deck) */
  mastery: number;
}

export function isMastered(card: Pick<CardState, "state" | "stability">): boolean {
  return card.state === CARD_STATE.Review && card.stability >= MASTERY_STABILITY_DAYS;
}

/** One entry per (deck, card) pair; decks in first-seen order. */
export function masteryByDeck(cards: ReadonlyArray<Pick<CardState, "state" | "stability"> & { deckId: string }>): DeckMastery[] {
  const decks = new Map<string, DeckMastery>();
  for (const card of cards) {
    let d = decks.get(card.deckId);
    if (!d) decks.set(card.deckId, (d = { deckId: card.deckId, total: 0, new: 0, learning: 0, young: 0, mastered: 0, mastery: 0 }));
    d.total++;
    if (card.state === CARD_STATE.New) d.new++;
    else if (card.state !== CARD_STATE.Review) d.learning++;
    else if (isMastered(card)) d.mastered++;
    else d.young++;
  }
  return [...decks.values()].map((d) => ({ ...d, mastery: d.total ? d.mastered / d.total : 0 }));
}

/**
 * The cards that are really weak: started ones forgotten at least once, or whose chance of recall now has
 * fallen below the learner's desired retention (a card just answered well, at 100%, is not weak).
 * Most lapses first (a lasting sign of a hard card), then lowest retrievability now, then highest
 * difficulty.
 */
export function weakest<C extends CardState>(
  cards: readonly C[],
  now: Date,
  limit = 10,
  desiredRetention = 0.9,
): Array<{ card: C; retrievability: number }> {
  return cards
    .filter((card) => card.state !== CARD_STATE.New)
    .map((card) => ({ card, retrievability: retrievability(card, now) }))
    .filter(({ card, retrievability }) => card.lapses > 0 || retrievability < desiredRetention)
    .sort(
      (a, b) =>
        b.card.lapses - a.card.lapses ||
        a.retrievability - b.retrievability ||
        b.card.difficulty - a.card.difficulty,
    )
    .slice(0, limit);
}

export function leeches<C extends Pick<CardState, "lapses">>(cards: readonly C[]): C[] {
  return cards.filter(isLeech).sort((a, b) => b.lapses - a.lapses);
}

import { CARD_STATE, isLearning, type CardState } from "./card-state";
import { DAY_ROLLOVER_HOUR, endOfLearnerDay } from "./learner-day";

export interface QueueCard extends CardState {
  id: string;
  /** Siblings (the ja→en and en→ja card of one fact) share it. */
  noteKey: string;
  suspended?: boolean;
}

/** One counted (not undone) review of today's learner day. */
export interface ReviewedToday {
  noteKey: string;
  /** The card was New before this review, i.e. it was introduced today. */
  wasNew: boolean;
}

export interface DailyQueueInput<C extends QueueCard> {
  /** Started cards due before the end of the learner day (a superset is fine: this filters). */
  dueCards: readonly C[];
  /** New cards in the order they should be introduced; more than the limit is fine. */
  newCards: readonly C[];
  reviewedToday: readonly ReviewedToday[];
  newCardsPerDay: number;
  now: Date;
  timeZone: string;
  rolloverHour?: number;
}

export interface DailyQueue<C extends QueueCard> {
  /** In the order to show them now. */
  cards: C[];
  counts: { new: number; learning: number; review: number };
  /** New cards still allowed today before this queue (limit minus those already introduced). */
  newRemainingToday: number;
  /** Earliest (re)learning step due later today, for "come back in 8 min". */
  nextLearningDue: Date | null;
}

/**
 * Learning first (their short steps are what makes them stick), then reviews oldest due first, then new
 * cards up to what is left of the daily limit. A review or new card is buried when a sibling was
 * reviewed today or comes earlier in the queue, because seeing one direction answers the other.
 * Cards already in (re)learning are never buried: they were started and their steps must go on.
 */
export function buildDailyQueue<C extends QueueCard>(input: DailyQueueInput<C>): DailyQueue<C> {
  const { now, timeZone, rolloverHour = DAY_ROLLOVER_HOUR } = input;
  const endOfDay = endOfLearnerDay(now, timeZone, rolloverHour).getTime();
  const active = (c: C) => !c.suspended;
  const byDue = (a: C, b: C) => a.due.getTime() - b.due.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  const learningAll = input.dueCards.filter((c) => active(c) && isLearning(c));
  const learning = learningAll.filter((c) => c.due.getTime() <= now.getTime()).sort(byDue);
  const laterToday = learningAll
    .map((c) => c.due.getTime())
    .filter((t) => t > now.getTime() && t < endOfDay);
  const reviews = input.dueCards
    .filter((c) => active(c) && c.state === CARD_STATE.Review && c.due.getTime() < endOfDay)
    .sort(byDue);

  const seen = new Set(input.reviewedToday.map((r) => r.noteKey));
  for (const c of learning) seen.add(c.noteKey);
  const take = (c: C) => {
    if (seen.has(c.noteKey)) return false;
    seen.add(c.noteKey);
    return true;
  };

  const shownReviews = reviews.filter(take);
  const introduced = input.reviewedToday.filter((r) => r.wasNew).length;
  const newRemainingToday = Math.max(0, input.newCardsPerDay - introduced);
  const shownNew: C[] = [];
  for (const c of input.newCards) {
    if (shownNew.length >= newRemainingToday) break;
    if (active(c) && c.state === CARD_STATE.New && take(c)) shownNew.push(c);
  }

  return {
    cards: [...learning, ...shownReviews, ...shownNew],
    counts: { new: shownNew.length, learning: learning.length, review: shownReviews.length },
    newRemainingToday,
    nextLearningDue: laterToday.length ? new Date(Math.min(...laterToday)) : null,
  };
}

// The learner's study queue for now: what is due in their day, learning first, siblings buried, new
// cards up to what is left of the daily limit (app/_domain/srs/daily-queue.ts decides; this feeds it).
import type { Db } from "../prisma-client";
import { buildDailyQueue, type DailyQueue, type QueueCard } from "../../_domain/srs/daily-queue";
import { newCardState, pickCardState, type CardState, type CardStateValue } from "../../_domain/srs/card-state";
import { endOfLearnerDay, startOfLearnerDay } from "../../_domain/srs/learner-day";
import { countedReviews } from "../../_domain/srs/review-log";
import type { Grade } from "../../_domain/srs/review-log";
import type { IntervalUnit } from "../../_domain/srs/scheduler";
import type { CardDirection } from "../../_schemas/study";
import { empty, list, sql } from "../sql";
import type { DeckScope } from "./deck-scope";
import { cardStateSelect } from "./card-select";
import { loadCardContent, type CardContent } from "./card-content";
import { userDirections, userTimeZone, schedulerFor, type StudyUser } from "./study-user";
import { introduceNotes, notesToIntroduce } from "./ensure-cards";

/** Enough started cards for a long session; the queue is rebuilt after every answer anyway. */
const DUE_LIMIT = 2000;
/** Like Anki: with nothing else left, a learning step due within 20 minutes is shown early. */
export const LEARN_AHEAD_MS = 20 * 60_000;

type EntryRow = { id: string; noteKey: string; factId: string | null; termId: string | null; direction: string; due: Date; state: number };

/**
 * A card as the daily queue sees it. buildDailyQueue orders by id, noteKey, due and state only; the other
 * scheduling fields are placeholders here (the card to show is read in full before its intervals).
 */
export type QueueEntry = QueueCard & { factId: string | null; termId: string | null; direction: string };

const toEntry = (row: EntryRow): QueueEntry => ({
  ...newCardState(row.due),
  id: row.id,
  noteKey: row.noteKey,
  factId: row.factId,
  termId: row.termId,
  direction: row.direction,
  due: row.due,
  state: Number(row.state) as CardStateValue,
  suspended: false,
});

export type StudyQueue = DailyQueue<QueueEntry> & {
  /** What to show now: the queue's head, or a learning card a little early when nothing else is left. */
  head: QueueEntry | null;
  /** Counted reviews so far in the learner's day (all decks). */
  reviewedToday: number;
};

/** A card whose fact or term went back to draft waits, schedule kept, until it is published again. */
const publishedNotes = sql`AND NOT EXISTS (SELECT 1 FROM "Fact" df WHERE df."id" = c."factId" AND df."published" = ${false})
  AND NOT EXISTS (SELECT 1 FROM "Term" dt WHERE dt."id" = c."termId" AND dt."published" = ${false})`;

type CardQuery = { user: StudyUser; scope: DeckScope; kind: "started" | "new"; before?: Date; take: number };

/**
 * The learner's active cards in the enabled directions, in due order: started ones due before a time, or
 * new ones. A deck scope is checked per card against its fact's or term's deck (a list of fact ids could
 * outgrow the databases' limit on query parameters). Plain SQL that both databases run the same way,
 * on the (userId, state, due) index.
 */
async function findCards(db: Db, { user, scope, kind, before, take }: CardQuery): Promise<QueueEntry[]> {
  const directions = userDirections(user) as CardDirection[];
  const inScope = scope.all
    ? empty
    : sql`AND (EXISTS (SELECT 1 FROM "Fact" f WHERE f."id" = c."factId" AND f."deckId" IN (${list(scope.deckIds)}))
             OR EXISTS (SELECT 1 FROM "Term" t WHERE t."id" = c."termId" AND t."deckId" IN (${list(scope.deckIds)})))`;
  const rows = await db.$queryRaw<EntryRow[]>`
    SELECT c."id", c."noteKey", c."factId", c."termId", c."direction", c."due", c."state"
    FROM "Card" c
    WHERE c."userId" = ${user.id} AND c."suspended" = ${false} AND c."direction" IN (${list(directions)})
      AND ${kind === "new" ? sql`c."state" = 0` : sql`c."state" IN (1, 2, 3) AND c."due" < ${before}`}
      ${inScope} ${publishedNotes}
    ORDER BY c."due" ASC, c."id" ASC
    LIMIT ${take}`;
  return rows.map(toEntry);
}

type TodayRow = { id: string; kind: string; undoesId: string | null; state: number; noteKey: string };

/** Today's log rows (all decks) with their card's note, in one query: only what burying and the new-card limit need. */
async function reviewsSince(db: Db, userId: string, since: Date) {
  const rows = await db.$queryRaw<TodayRow[]>`
    SELECT l."id", l."kind", l."undoesId", l."state", c."noteKey"
    FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId"
    WHERE l."userId" = ${userId} AND l."reviewedAt" >= ${since}`;
  // countedReviews reads id, kind and undoesId; rating and time are not needed here.
  return rows.map((row) => ({ ...row, state: Number(row.state), rating: 0, reviewedAt: since }));
}

/** Builds the queue from the database: started cards due today, today's log, and a page of new cards. */
export async function computeStudyQueue(
  db: Db,
  user: StudyUser,
  scope: DeckScope,
  now = new Date(),
  /** false: only count (a page that shows figures makes no cards); notes not introduced yet count as new. */
  introduce = true,
): Promise<StudyQueue> {
  const timeZone = userTimeZone(user);
  // Siblings of today's cards are skipped, so new cards are read a few times the limit (more below if
  // that was not enough); read alongside the rest, as the limit left today is only known afterwards.
  const firstTake = user.newCardsPerDay * 4 + 8;
  const [dueCards, todayLogs, firstNew] = await Promise.all([
    findCards(db, { user, scope, kind: "started", before: endOfLearnerDay(now, timeZone), take: DUE_LIMIT }),
    reviewsSince(db, user.id, startOfLearnerDay(now, timeZone)),
    user.newCardsPerDay > 0 ? findCards(db, { user, scope, kind: "new", take: firstTake }) : Promise.resolve([]),
  ]);
  const counted = countedReviews(todayLogs);
  const reviewedToday = counted.map((log) => ({ noteKey: log.noteKey, wasNew: log.state === 0 }));
  const newRemaining = Math.max(0, user.newCardsPerDay - reviewedToday.filter((r) => r.wasNew).length);

  const build = (newCards: QueueEntry[]) =>
    buildDailyQueue({ dueCards, newCards, reviewedToday, newCardsPerDay: user.newCardsPerDay, now, timeZone });
  let newCards = firstNew;
  let take = firstTake;
  let queue = build(newRemaining > 0 ? newCards : []);
  // Too many were siblings of cards already seen, and there may be more: read four times as many.
  while (newRemaining > 0 && queue.counts.new < newRemaining && newCards.length === take && take < 20_000) {
    take *= 4;
    newCards = await findCards(db, { user, scope, kind: "new", take });
    queue = build(newCards);
  }

  // Cards are made as they are introduced: when today's limit lets in more new cards than the learner
  // has, the next notes of the scope get their cards now (one new card per note shows today; its other
  // directions follow on later days, as siblings).
  if (newRemaining > 0 && queue.counts.new < newRemaining && !introduce) {
    const waiting = await notesToIntroduce(db, user, scope);
    queue = { ...queue, counts: { ...queue.counts, new: Math.min(newRemaining, queue.counts.new + waiting) } };
  } else if (newRemaining > 0 && queue.counts.new < newRemaining) {
    const introduced = await introduceNotes(db, user, scope, newRemaining - queue.counts.new, now);
    if (introduced > 0) {
      newCards = await findCards(db, { user, scope, kind: "new", take: Math.max(take, newRemaining * 4 + 8) });
      queue = build(newCards);
    }
  }

  let head: QueueEntry | null = queue.cards[0] ?? null;
  if (!head && queue.nextLearningDue && queue.nextLearningDue.getTime() - now.getTime() <= LEARN_AHEAD_MS) {
    head = dueCards.find((c) => (c.state === 1 || c.state === 3) && c.due.getTime() === queue.nextLearningDue!.getTime()) ?? null;
  }
  return { ...queue, head, reviewedToday: counted.length };
}

export type IntervalView = { rating: Grade; value: number; unit: IntervalUnit };

export type StudyCardView = CardContent & {
  id: string;
  direction: string;
  state: CardStateValue;
  leech: boolean;
  /** The next interval for each rating, as the rating buttons preview it. */
  intervals: IntervalView[];
};

export type QueueView = {
  card: StudyCardView | null;
  counts: { new: number; learning: number; review: number };
  /** ISO instant of the next learning step later today, for "come back at …". */
  nextLearningDue: string | null;
  reviewedToday: number;
};

export function intervalsFor(user: StudyUser, card: CardState, now: Date): IntervalView[] {
  return schedulerFor(user)
    .previewIntervals(pickCardState(card), now)
    .map((p) => ({ rating: p.rating, value: p.display.value, unit: p.display.unit }));
}

/**
 * The queue as the review screen needs it: counts and the card to show now with its content.
 * `preferCardId` (after an undo) puts that card first when it is due.
 */
export async function getStudyQueue(
  db: Db,
  user: StudyUser,
  scope: DeckScope,
  options: { now?: Date; preferCardId?: string } = {},
): Promise<QueueView> {
  const now = options.now ?? new Date();
  const queue = await computeStudyQueue(db, user, scope, now);
  const preferred = options.preferCardId ? queue.cards.find((c) => c.id === options.preferCardId) : undefined;
  const card = preferred ?? queue.head;
  const empty = { card: null, counts: queue.counts, nextLearningDue: queue.nextLearningDue?.toISOString() ?? null, reviewedToday: queue.reviewedToday };
  if (!card) return empty;
  // A card's fact or term exists as long as the card does (deleting either deletes its cards).
  const [content, full] = await Promise.all([loadCardContent(db, card), db.card.findUnique({ where: { id: card.id }, select: cardStateSelect })]);
  if (!content || !full) return empty; // deleted a moment ago
  const state = { ...full, state: full.state as CardStateValue };
  return {
    card: { ...content, id: card.id, direction: card.direction, state: state.state, leech: full.leech, intervals: intervalsFor(user, state, now) },
    counts: queue.counts,
    nextLearningDue: queue.nextLearningDue?.toISOString() ?? null,
    reviewedToday: queue.reviewedToday,
  };
}

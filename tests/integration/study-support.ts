// Helpers shared by the study integration tests (tests/integration/study-*.test.ts).
import { randomUUID } from "node:crypto";
import { createEmptyCard, fsrs, generatorParameters, type Card as FsrsCard, type Grade as FsrsGrade } from "ts-fsrs";
import type { Db } from "@/app/_data/prisma-client";
import { createGuest } from "@/app/_data/auth/user-store";
import { resolveDeckScope, type DeckScope } from "@/app/_data/study/deck-scope";
import { ensureCards } from "@/app/_data/study/ensure-cards";
import { getStudyQueue, type QueueView } from "@/app/_data/study/queue";
import { storeReview } from "@/app/_data/study/review";
import { studyUserSelect, type StudyUser } from "@/app/_data/study/study-user";
import type { Grade } from "@/app/_domain/srs/review-log";
import type { CardDirection } from "@/app/_schemas/study";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export async function newLearner(
  db: Db,
  settings: Partial<{ timeZone: string; newCardsPerDay: number; desiredRetention: number; directions: CardDirection[] }> = {},
): Promise<StudyUser> {
  const { user: learner } = await createGuest(db, { timeZone: settings.timeZone ?? "UTC" });
  return db.user.update({
    where: { id: learner.id },
    data: {
      ...(settings.newCardsPerDay !== undefined ? { newCardsPerDay: settings.newCardsPerDay } : {}),
      ...(settings.desiredRetention !== undefined ? { desiredRetention: settings.desiredRetention } : {}),
      ...(settings.directions ? { directions: JSON.stringify(settings.directions) } : {}),
    },
    select: studyUserSelect,
  });
}

export async function scopeOf(db: Db, deckKeys: string[] = []): Promise<DeckScope> {
  const scope = await resolveDeckScope(db, deckKeys);
  if (!scope) throw new Error(`no such decks: ${deckKeys.join(", ")}`);
  return scope;
}

export async function startStudying(db: Db, learner: StudyUser, deckKeys: string[] = [], now = new Date()) {
  const scope = await scopeOf(db, deckKeys);
  // As the review page does after the start action: the queue introduces today's new cards.
  await ensureCards(db, learner, scope, now);
  await getStudyQueue(db, learner, scope, { now });
  return scope;
}

export type SessionReview = { cardId: string; noteKey: string; direction: string; rating: Grade; at: Date; stateBefore: number; reviewId: string };

/**
 * Answers what the queue shows until it is empty, like a learner at the keyboard: each answer takes
 * `step` ms. Returns the reviews and the time the session ended.
 */
export async function studySession(
  db: Db,
  learner: StudyUser,
  scope: DeckScope,
  start: Date,
  rate: (card: NonNullable<QueueView["card"]>, index: number) => Grade,
  options: { step?: number; max?: number } = {},
): Promise<{ reviews: SessionReview[]; end: Date; last: QueueView }> {
  const step = options.step ?? 20_000;
  let now = start;
  const reviews: SessionReview[] = [];
  for (let i = 0; i < (options.max ?? 500); i++) {
    const view = await getStudyQueue(db, learner, scope, { now });
    if (!view.card) return { reviews, end: now, last: view };
    const rating = rate(view.card, i);
    const row = await db.card.findUniqueOrThrow({ where: { id: view.card.id }, select: { noteKey: true, state: true } });
    const outcome = await storeReview(db, learner, { cardId: view.card.id, rating, requestId: randomUUID() }, now);
    if (!outcome.ok) throw new Error(`review refused: ${outcome.error}`);
    reviews.push({ cardId: view.card.id, noteKey: row.noteKey, direction: view.card.direction, rating, at: now, stateBefore: row.state, reviewId: outcome.reviewId });
    now = new Date(now.getTime() + step);
  }
  throw new Error("session did not end");
}

/** An independent ts-fsrs run over a card's counted reviews, from an empty card. */
export function replayWithTsFsrs(
  reviews: Array<{ rating: number; reviewedAt: Date }>,
  createdAt: Date,
  desiredRetention: number,
): FsrsCard {
  const f = fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: true }));
  let card = createEmptyCard(createdAt);
  for (const r of reviews) card = f.next(card, r.reviewedAt, r.rating as FsrsGrade).card;
  return card;
}

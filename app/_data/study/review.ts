// Answering a card and undoing an answer. The review log is append-only: a review adds a row and moves
// the card in one transaction; an undo adds a row of its own (kind "undo") and puts the card back.
// Both are idempotent by the browser's request id, and both act only on the asking learner's cards.
import type { Db } from "../prisma-client";
import type { Prisma } from "../../../prisma/generated/sqlite/client";
import { isLeech, parseCardState, pickCardState, serializeCardState, type CardState, type CardStateValue } from "../../_domain/srs/card-state";
import { loggedCardColumns, REVIEW_LOG_FIELDS, type Grade, type ReviewLogEntry } from "../../_domain/srs/review-log";
import { UndoMismatchError } from "../../_domain/srs/scheduler";
import type { StudyErrorCode } from "../../_schemas/study";
import { isUniqueViolation } from "../db-helpers/prisma-errors";
import { schedulerFor, type StudyUser } from "./study-user";
import { cardStateSelect } from "./card-select";
import { selectColumns } from "../db-helpers/select-columns";

export type ReviewOutcome =
  | {
      ok: true;
      /** The log row of this review (undo refers to it). */
      reviewId: string;
      cardId: string;
      card: CardState;
      leech: boolean;
      /** True when this request id had already been stored: nothing was written again. */
      duplicate: boolean;
    }
  | { ok: false; error: StudyErrorCode };

export type UndoOutcome =
  | { ok: true; undoId: string; cardId: string; card: CardState; duplicate: boolean }
  | { ok: false; error: StudyErrorCode };

class ConcurrentChange extends Error {}

type CardRow = CardState & { id: string; leech: boolean };

const cardSelect = { id: true, ...cardStateSelect } as const;

async function findOwnCard(db: Db, userId: string, cardId: string): Promise<CardRow | null> {
  const row = await db.card.findFirst({ where: { id: cardId, userId }, select: cardSelect });
  return row ? { ...row, state: row.state as CardStateValue } : null;
}

/** Matches the card row only if nobody moved it since it was read. */
const unchanged = (card: CardRow, userId: string) => ({ id: card.id, userId, reps: card.reps, lastReview: card.lastReview });

/**
 * Appends a log row and moves the card in one transaction; the id of the row. Throws ConcurrentChange
 * (and writes nothing) when the card moved since it was read.
 */
async function logAndMove(
  db: Db,
  userId: string,
  card: CardRow,
  move: { next: CardState; leech: boolean },
  entry: Omit<Prisma.ReviewLogUncheckedCreateInput, "userId" | "cardId">,
): Promise<string> {
  return db.$transaction(async (tx) => {
    const row = await tx.reviewLog.create({ data: { ...entry, userId, cardId: card.id }, select: { id: true } });
    const moved = await tx.card.updateMany({ where: unchanged(card, userId), data: { ...pickCardState(move.next), leech: move.leech } });
    if (moved.count !== 1) throw new ConcurrentChange();
    return row.id;
  });
}

type LogRow = Omit<ReviewLogEntry, "rating" | "state"> & {
  id: string;
  cardId: string;
  kind: string;
  rating: number;
  state: number;
  undoesId: string | null;
};

const logSelect = { id: true, cardId: true, kind: true, undoesId: true, ...selectColumns(REVIEW_LOG_FIELDS) } as const;

function toEntry({ id: _id, cardId: _card, kind: _kind, undoesId: _undoes, ...entry }: LogRow): ReviewLogEntry {
  return { ...entry, rating: entry.rating as Grade, state: entry.state as CardStateValue };
}

/** The answer to a retried review: what that review produced, recomputed from its log row. */
function replayReview(user: StudyUser, row: LogRow, cardId: string): ReviewOutcome {
  if ((row.kind !== "review" && row.kind !== "class") || row.cardId !== cardId) return { ok: false, error: "invalidRequest" };
  const before = parseCardState(row.previousCard);
  if (!before) return { ok: false, error: "invalidRequest" };
  const card = schedulerFor(user).scheduleReview(before, row.rating as Grade, row.reviewedAt).card;
  return { ok: true, reviewId: row.id, cardId, card, leech: isLeech(card), duplicate: true };
}

async function findByRequest(db: Db, userId: string, requestId: string): Promise<LogRow | null> {
  return db.reviewLog.findUnique({ where: { userId_requestId: { userId, requestId } }, select: logSelect });
}

/** `kind` "class": an answer given in a live classroom game, scheduled and logged like a study review. */
export type ReviewRequest = { cardId: string; rating: Grade; requestId: string; durationMs?: number; kind?: "review" | "class" };

/** Stores one answer. Refuses cards of other learners (as not found: their ids reveal nothing). */
export async function storeReview(db: Db, user: StudyUser, request: ReviewRequest, now = new Date()): Promise<ReviewOutcome> {
  const card = await findOwnCard(db, user.id, request.cardId);
  if (!card) return { ok: false, error: "notFound" };
  // A retry is rare: rather than look for the request id first, the unique index catches it below.

  const { card: next, log } = schedulerFor(user).scheduleReview(pickCardState(card), request.rating, now);
  const leech = card.leech || isLeech(next);
  try {
    const reviewId = await logAndMove(db, user.id, card, { next, leech }, {
      requestId: request.requestId,
      kind: request.kind ?? "review",
      ...log,
      durationMs: Math.max(0, Math.min(Math.round(request.durationMs ?? 0), 86_400_000)),
    });
    return { ok: true, reviewId, cardId: card.id, card: next, leech, duplicate: false };
  } catch (error) {
    if (isUniqueViolation(error)) {
      // This request id was stored before (a retry, or the same request twice at once): answer as then.
      const stored = await findByRequest(db, user.id, request.requestId);
      if (stored) return replayReview(user, stored, request.cardId);
    }
    if (error instanceof ConcurrentChange) return { ok: false, error: "conflict" };
    throw error;
  }
}

export type UndoRequest = { reviewId: string; requestId: string };

/**
 * Takes back a review: only the latest review of its card (ts-fsrs rollback, checked against the stored
 * snapshot), only once, only by its user. The card goes back exactly to its state before the review.
 */
export async function undoLatestReview(db: Db, user: StudyUser, request: UndoRequest, now = new Date()): Promise<UndoOutcome> {
  const earlier = await findByRequest(db, user.id, request.requestId);
  if (earlier) {
    if (earlier.kind !== "undo" || earlier.undoesId !== request.reviewId) return { ok: false, error: "invalidRequest" };
    const undone = await db.reviewLog.findFirst({ where: { id: request.reviewId, userId: user.id }, select: { previousCard: true } });
    const card = undone ? parseCardState(undone.previousCard) : null;
    if (!card) return { ok: false, error: "notFound" };
    return { ok: true, undoId: earlier.id, cardId: earlier.cardId, card, duplicate: true };
  }
  const review = await db.reviewLog.findFirst({ where: { id: request.reviewId, userId: user.id }, select: logSelect });
  if (!review || review.kind !== "review") return { ok: false, error: "notFound" };
  // An undo comes after its review: the time bound keeps this on the (userId, reviewedAt) index.
  const already = await db.reviewLog.findFirst({
    where: { userId: user.id, reviewedAt: { gte: review.reviewedAt }, kind: "undo", undoesId: review.id },
    select: { id: true },
  });
  if (already) return { ok: false, error: "alreadyUndone" };
  const card = await findOwnCard(db, user.id, review.cardId);
  if (!card) return { ok: false, error: "notFound" };

  let restored: CardState;
  try {
    restored = schedulerFor(user).undoReview(pickCardState(card), toEntry(review));
  } catch (error) {
    if (error instanceof UndoMismatchError) return { ok: false, error: "notLatest" };
    throw error;
  }
  try {
    const undoId = await logAndMove(db, user.id, card, { next: restored, leech: isLeech(restored) }, {
      requestId: request.requestId,
      kind: "undo",
      rating: 0,
      // Like every row: the card as it was before this entry, which the undo changes back.
      ...loggedCardColumns(card),
      lastElapsedDays: 0,
      reviewedAt: now < review.reviewedAt ? review.reviewedAt : now, // never before what it undoes
      undoesId: review.id,
      previousCard: serializeCardState(card),
    });
    return { ok: true, undoId, cardId: card.id, card: restored, duplicate: false };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const stored = await findByRequest(db, user.id, request.requestId);
      if (stored?.kind === "undo" && stored.undoesId === review.id) return { ok: true, undoId: stored.id, cardId: card.id, card: restored, duplicate: true };
    }
    if (error instanceof ConcurrentChange) return { ok: false, error: "conflict" };
    throw error;
  }
}

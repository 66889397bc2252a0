// Removes what nobody can use any more: expired sessions, guests who never kept anything, and
// rate-limit counters whose window has ended. Run on start and daily; safe to run on several
// instances at once (each step is one idempotent delete).
import type { Db } from "../prisma-client";

export const EMPTY_GUEST_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const CHUNK = 500;

export type SweepCounts = { sessions: number; guests: number; rateLimits: number };

export async function sweepStaleRows(db: Db, now = new Date()): Promise<SweepCounts> {
  const sessions = await db.authSession.deleteMany({ where: { expiresAt: { lte: now } } });
  const guests = await deleteEmptyGuests(db, new Date(now.getTime() - EMPTY_GUEST_DAYS * DAY_MS));
  const rateLimits = await db.rateLimit.deleteMany({ where: { expire: { lte: now } } });
  return { sessions: sessions.count, guests, rateLimits: rateLimits.count };
}

/** Guests (no username) created and last seen before the cutoff, with no cards, reviews, attempts, quizzes or seats. */
async function deleteEmptyGuests(db: Db, cutoff: Date): Promise<number> {
  const candidates = await db.user.findMany({
    where: {
      username: null,
      createdAt: { lt: cutoff },
      lastSeenAt: { lt: cutoff },
      cards: { none: {} },
      reviews: { none: {} },
      attempts: { none: {} },
      quizzes: { none: {} },
      hostedSessions: { none: {} },
      assignments: { none: {} },
    },
    select: { id: true },
  });
  let deleted = 0;
  for (let i = 0; i < candidates.length; i += CHUNK) {
    const ids = candidates.slice(i, i + CHUNK).map((c) => c.id);
    // A class seat points at its user without a relation: a guest with a seat keeps it.
    const seated = new Set((await db.player.findMany({ where: { userId: { in: ids } }, select: { userId: true } })).map((p) => p.userId));
    const empty = ids.filter((id) => !seated.has(id));
    // Checked again in the delete itself, so a guest who started studying meanwhile is kept.
    const result = await db.user.deleteMany({
      where: { id: { in: empty }, username: null, cards: { none: {} }, reviews: { none: {} }, attempts: { none: {} }, quizzes: { none: {} } },
    });
    deleted += result.count;
  }
  return deleted;
}

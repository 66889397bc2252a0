// A user's own data: everything they can download, and everything removed when they delete it.
// Every query is keyed by the user's id, which callers take from the session, never from input.
import type { Db } from "./prisma-client";
import { findUserBySessionToken } from "./auth/user-store";
import { parseDirections } from "../_schemas/account";
import { parseJson } from "./db-helpers/json-columns";
import { chunks } from "./db-helpers/chunks";

export const EXPORT_FORMAT = "bilingual-study/learner-data";
export const EXPORT_VERSION = 1;

/** JSON text columns come out as JSON, not as strings inside strings (text that is not JSON, as is). */
const jsonColumn = (text: string): unknown => (text === "" ? null : parseJson(text, text));

export async function exportUserData(db: Db, userId: string, now = new Date()) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      role: true,
      displayName: true,
      uiLocale: true,
      timeZone: true,
      desiredRetention: true,
      newCardsPerDay: true,
      directions: true,
      createdAt: true,
      claimedAt: true,
      lastSeenAt: true,
    },
  });
  if (!user) return null;
  const [cards, reviews, attempts, seats, quizzes, assignments, classes, memberships] = await Promise.all([
    db.card.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.reviewLog.findMany({ where: { userId }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] }),
    db.quizAttempt.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { answers: { orderBy: { position: "asc" } } },
    }),
    db.player.findMany({
      where: { userId },
      orderBy: { joinedAt: "asc" },
      select: {
        sessionId: true,
        nickname: true,
        locale: true,
        score: true,
        joinedAt: true,
        answers: { orderBy: { questionIndex: "asc" }, select: { questionIndex: true, response: true, correct: true, points: true, elapsedMs: true, answeredAt: true } },
      },
    }),
    db.quiz.findMany({ where: { ownerId: userId }, orderBy: { createdAt: "asc" }, select: { id: true, title: true, config: true, createdAt: true, updatedAt: true } }),
    db.assignment.findMany({ where: { ownerId: userId }, orderBy: { createdAt: "asc" }, select: { id: true, classId: true, kind: true, quizId: true, deckId: true, title: true, opensAt: true, dueAt: true, retakes: true, createdAt: true } }),
    db.class.findMany({ where: { ownerId: userId }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, joinCode: true, archivedAt: true, createdAt: true } }),
    db.classMember.findMany({ where: { userId }, orderBy: { joinedAt: "asc" }, select: { classId: true, joinedAt: true, class: { select: { name: true } } } }),
  ]);

  const { directions, desiredRetention, newCardsPerDay, timeZone, uiLocale, ...profile } = user;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profile,
    settings: { uiLocale, timeZone, desiredRetention, newCardsPerDay, directions: parseDirections(directions) },
    cards: cards.map(({ userId: _owner, ...card }) => card),
    reviews: reviews.map(({ userId: _owner, previousCard, ...review }) => ({ ...review, previousCard: jsonColumn(previousCard) })),
    quizAttempts: attempts.map(({ userId: _owner, config, questions, answers, ...attempt }) => ({
      ...attempt,
      config: jsonColumn(config),
      // An unfinished attempt's questions hold the answer key, which stays on the server until answered.
      questions: attempt.finishedAt ? jsonColumn(questions) : null,
      answers: answers.map(({ attemptId: _attempt, response, ...answer }) => ({ ...answer, response: jsonColumn(response) })),
    })),
    classSeats: seats.map((seat) => ({ ...seat, answers: seat.answers.map((a) => ({ ...a, response: jsonColumn(a.response) })) })),
    quizzes: quizzes.map(({ config, ...quiz }) => ({ ...quiz, config: jsonColumn(config) })),
    assignments,
    classes,
    classMemberships: memberships.map(({ class: c, ...m }) => ({ ...m, className: c.name })),
  };
}

export type UserDataExport = NonNullable<Awaited<ReturnType<typeof exportUserData>>>;

/** The export for whoever holds this session token; null without a live session. */
export async function exportForSessionToken(db: Db, token: string | undefined, now = new Date()) {
  const user = await findUserBySessionToken(db, token, now);
  return user ? exportUserData(db, user.id, now) : null;
}

/**
 * Deletes the user and everything of theirs: sessions, cards, review log, quiz attempts and answers
 * (and, for a teacher, their quizzes, sessions, classes and assignments) go with the user row through the
 * schema's cascades; so do the user's class memberships, which removes them from every roster and
 * report (a report reads only members' attempts). Class seats in other people's sessions keep the nickname but lose the link
 * (Player.user is SetNull).
 */
export async function deleteUserData(db: Db, userId: string): Promise<boolean> {
  const deleted = await db.user.deleteMany({ where: { id: userId } });
  return deleted.count > 0;
}

/** Counts for the account page's summary of what is stored. */
export async function userDataSummary(db: Db, userId: string) {
  const [cards, reviews, quizAttempts] = await Promise.all([
    db.card.count({ where: { userId } }),
    db.reviewLog.count({ where: { userId } }),
    db.quizAttempt.count({ where: { userId } }),
  ]);
  return { cards, reviews, quizAttempts };
}

/**
 * Signing in on a device where someone studied as a guest: the guest's progress moves into the account
 * and the guest identity is removed. Where both studied the same card (same note and direction), the
 * account's card and its history win and the guest's copy is dropped. Only a guest (no username) is
 * ever merged.
 */
export async function mergeGuestInto(db: Db, guestId: string, accountId: string): Promise<{ cards: number; quizAttempts: number }> {
  if (guestId === accountId) return { cards: 0, quizAttempts: 0 };
  return db.$transaction(async (tx) => {
    const guest = await tx.user.findUnique({ where: { id: guestId }, select: { username: true } });
    if (!guest || guest.username !== null) return { cards: 0, quizAttempts: 0 };

    const [guestCards, accountCards] = await Promise.all([
      tx.card.findMany({ where: { userId: guestId }, select: { id: true, noteKey: true, direction: true } }),
      tx.card.findMany({ where: { userId: accountId }, select: { noteKey: true, direction: true } }),
    ]);
    const taken = new Set(accountCards.map((c) => `${c.direction} ${c.noteKey}`));
    const movable = guestCards.filter((c) => !taken.has(`${c.direction} ${c.noteKey}`)).map((c) => c.id);
    for (const ids of chunks(movable)) await tx.card.updateMany({ where: { id: { in: ids } }, data: { userId: accountId } });

    // Reviews follow their cards; a retry key the account already used (vanishingly rare) stays behind.
    const guestReviews = await tx.reviewLog.findMany({ where: { userId: guestId, card: { userId: accountId } }, select: { id: true, requestId: true } });
    const usedKeys = new Set<string>();
    for (const part of chunks(guestReviews.map((r) => r.requestId)))
      for (const r of await tx.reviewLog.findMany({ where: { userId: accountId, requestId: { in: part } }, select: { requestId: true } })) usedKeys.add(r.requestId);
    const reviewIds = guestReviews.filter((r) => !usedKeys.has(r.requestId)).map((r) => r.id);
    for (const ids of chunks(reviewIds)) await tx.reviewLog.updateMany({ where: { id: { in: ids } }, data: { userId: accountId } });

    const attempts = await tx.quizAttempt.updateMany({ where: { userId: guestId }, data: { userId: accountId } });
    await tx.player.updateMany({ where: { userId: guestId }, data: { userId: accountId } });
    // What is left (the guest's copies of cards the account has, their reviews, sessions) goes with it.
    await tx.user.delete({ where: { id: guestId } });
    return { cards: movable.length, quizAttempts: attempts.count };
  });
}

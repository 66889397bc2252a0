import { describeEachDatabase } from "../support/test-database";
import { createGuest, createSession, claimAccount } from "@/app/_data/auth/user-store";
import { EMPTY_GUEST_DAYS, sweepStaleRows } from "@/app/_data/auth/sweep";
import { addStudyData } from "./account-support";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-06-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describeEachDatabase("the sweep of stale sessions, empty guests and old rate-limit rows", (db) => {
  test("removes exactly what nobody can use any more", async () => {
    const prisma = db.prisma;
    const guest = async (createdAgo: number) => {
      const { user } = await createGuest(prisma);
      await prisma.user.update({ where: { id: user.id }, data: { createdAt: ago(createdAgo), lastSeenAt: ago(createdAgo) } });
      return user.id;
    };

    // Removed: a guest over 30 days old with nothing stored (and its session), an expired session,
    // a rate-limit counter whose window has ended.
    const emptyOldGuest = await guest((EMPTY_GUEST_DAYS + 1) * DAY);
    const emptyOldGuestSession = (await prisma.authSession.findFirstOrThrow({ where: { userId: emptyOldGuest } })).id;
    const keptUser = await guest(2 * DAY);
    const expired = await createSession(prisma, keptUser, ago(500 * DAY));
    await prisma.rateLimit.create({ data: { key: "sweep:old", points: 5, expire: ago(1000) } }); // window ended

    // Kept: a young empty guest, old guests holding cards, a quiz attempt, or a class seat, an old
    // account with nothing stored, a live session, a rate-limit counter still in its window.
    const emptyYoungGuest = await guest((EMPTY_GUEST_DAYS - 1) * DAY);
    const oldGuestWithCards = await guest(90 * DAY);
    await addStudyData(prisma, oldGuestWithCards);
    const oldGuestWithAttempt = await guest(90 * DAY);
    await prisma.quizAttempt.create({ data: { userId: oldGuestWithAttempt, config: "{}", seed: "s", questions: "[]", total: 0 } });
    const oldGuestWithSeat = await guest(90 * DAY);
    const host = await guest(1 * DAY);
    const live = await prisma.liveSession.create({ data: { hostId: host, joinCode: "SWEEP1", questions: "[]" } });
    await prisma.player.create({ data: { sessionId: live.id, nickname: "seat", nicknameKey: "seat", seatHash: "h", userId: oldGuestWithSeat } });
    const oldAccount = await guest(90 * DAY);
    await claimAccount(prisma, oldAccount, "sweep.keeper", "a long enough password");
    const liveSession = await createSession(prisma, keptUser, now);
    await prisma.rateLimit.create({ data: { key: "sweep:current", points: 5, expire: ago(-30_000) } });

    const before = {
      users: await prisma.user.count(),
      sessions: await prisma.authSession.count(),
      rateLimits: await prisma.rateLimit.count(),
      cards: await prisma.card.count(),
      reviews: await prisma.reviewLog.count(),
      attempts: await prisma.quizAttempt.count(),
      players: await prisma.player.count(),
    };
    const removed = await sweepStaleRows(prisma, now);
    expect(removed).toEqual({ sessions: 1, guests: 1, rateLimits: 1 });

    const userIds = (await prisma.user.findMany({ select: { id: true } })).map((u) => u.id).sort();
    expect(userIds).toEqual([keptUser, emptyYoungGuest, oldGuestWithCards, oldGuestWithAttempt, oldGuestWithSeat, host, oldAccount].sort());
    const sessionIds = (await prisma.authSession.findMany({ select: { id: true } })).map((s) => s.id);
    expect(sessionIds).not.toContain(emptyOldGuestSession);
    expect(await prisma.authSession.count({ where: { expiresAt: { lte: now } } })).toBe(0);
    expect((await prisma.rateLimit.findMany({ select: { key: true } })).map((r) => r.key)).toEqual(["sweep:current"]);
    expect({
      users: await prisma.user.count(),
      sessions: await prisma.authSession.count(),
      rateLimits: await prisma.rateLimit.count(),
      cards: await prisma.card.count(),
      reviews: await prisma.reviewLog.count(),
      attempts: await prisma.quizAttempt.count(),
      players: await prisma.player.count(),
    }).toEqual({ ...before, users: before.users - 1, sessions: before.sessions - 2, rateLimits: before.rateLimits - 1 });
    expect(expired.token).not.toBe(liveSession.token);

    // A second sweep finds nothing more.
    expect(await sweepStaleRows(prisma, now)).toEqual({ sessions: 0, guests: 0, rateLimits: 0 });
  });
});

import { describeEachDatabase } from "../support/test-database";
import { claimAccount, createSession } from "@/app/_data/auth/user-store";
import { deleteUserData, exportForSessionToken, exportUserData, mergeGuestInto, type UserDataExport } from "@/app/_data/user-data";
import { addStudyData, countsOf, newGuest } from "./account-support";

const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describeEachDatabase("a learner's own data: export and delete", (db) => {
  async function twoLearners() {
    const a = await newGuest(db.prisma);
    const b = await newGuest(db.prisma);
    await claimAccount(db.prisma, a.learner.id, `alice${Date.now()}`, "alice's password");
    return { a, b, dataA: await addStudyData(db.prisma, a.learner.id), dataB: await addStudyData(db.prisma, b.learner.id, ["fact:a", "term:z", "fact:q"]) };
  }

  test("the export holds exactly the learner's own rows, and no secrets", async () => {
    const { a, b, dataA, dataB } = await twoLearners();
    const exported = (await exportUserData(db.prisma, a.learner.id))!;

    expect(exported.format).toBe("bilingual-study/learner-data");
    expect(exported.profile.id).toBe(a.learner.id);
    expect(exported.settings).toEqual({ uiLocale: "ja", timeZone: "Asia/Tokyo", desiredRetention: 0.9, newCardsPerDay: 20, directions: ["ja-en", "en-ja"] });
    expect(idsOf(exported.cards)).toEqual(idsOf(dataA.cards));
    expect(idsOf(exported.reviews)).toEqual(idsOf(dataA.reviews));
    expect(idsOf(exported.quizAttempts)).toEqual(idsOf(dataA.attempts));
    expect(exported.quizAttempts.flatMap((q) => q.answers)).toHaveLength(2);
    // JSON columns come out as JSON.
    expect(exported.reviews[0].previousCard).toEqual({ state: 0 });
    expect(exported.quizAttempts.find((q) => q.finishedAt)!.answers[1].response).toEqual({ text: "Tokyo" });

    const text = JSON.stringify(exported);
    for (const row of [...dataB.cards, ...dataB.reviews, ...dataB.attempts]) expect(text).not.toContain(row.id);
    expect(text).not.toContain(b.learner.id);
    expect(text).not.toMatch(/passwordHash|scrypt\$/);
    // An unfinished attempt keeps its answer key on the server.
    expect(text).not.toContain("SECRET-KEY");
    expect(exported.quizAttempts.find((q) => !q.finishedAt)!.questions).toBeNull();
  });

  test("a session token yields its own learner's data and never another's", async () => {
    const { a, b } = await twoLearners();
    const fromA = (await exportForSessionToken(db.prisma, a.token)) as UserDataExport;
    const fromB = (await exportForSessionToken(db.prisma, b.token)) as UserDataExport;
    expect(fromA.profile.id).toBe(a.learner.id);
    expect(fromB.profile.id).toBe(b.learner.id);
    const owners = async (ids: string[]) => new Set((await db.prisma.card.findMany({ where: { id: { in: ids } }, select: { userId: true } })).map((c) => c.userId));
    expect(await owners(fromA.cards.map((c) => c.id))).toEqual(new Set([a.learner.id]));
    expect(await owners(fromB.cards.map((c) => c.id))).toEqual(new Set([b.learner.id]));
    // A second device of A sees A's data; no token, a forged or an expired one sees nothing.
    const second = await createSession(db.prisma, a.learner.id);
    expect(((await exportForSessionToken(db.prisma, second.token)) as UserDataExport).profile.id).toBe(a.learner.id);
    expect(await exportForSessionToken(db.prisma, undefined)).toBeNull();
    expect(await exportForSessionToken(db.prisma, "forged-token")).toBeNull();
    expect(await exportForSessionToken(db.prisma, a.token, new Date(Date.now() + 500 * 24 * 3600 * 1000))).toBeNull();
  });

  test("deleting removes everything of the learner and nothing of another's", async () => {
    const { a, b } = await twoLearners();
    const host = await newGuest(db.prisma);
    const live = await db.prisma.liveSession.create({ data: { hostId: host.learner.id, joinCode: `J${Date.now()}`, questions: "[]" } });
    const seatA = await db.prisma.player.create({ data: { sessionId: live.id, nickname: "A", nicknameKey: "a", seatHash: "x", userId: a.learner.id } });
    const seatB = await db.prisma.player.create({ data: { sessionId: live.id, nickname: "B", nicknameKey: "b", seatHash: "y", userId: b.learner.id } });
    const bBefore = await countsOf(db.prisma, b.learner.id);
    expect((await exportUserData(db.prisma, a.learner.id))!.classSeats).toHaveLength(1);

    expect(await deleteUserData(db.prisma, a.learner.id)).toBe(true);

    expect(await countsOf(db.prisma, a.learner.id)).toEqual({ users: 0, sessions: 0, cards: 0, reviews: 0, attempts: 0, answers: 0 });
    expect(await db.prisma.quizAnswer.count({ where: { attempt: { userId: a.learner.id } } })).toBe(0);
    expect(await exportForSessionToken(db.prisma, a.token)).toBeNull();
    // The teacher's session keeps the seat's nickname and score, without the link to the deleted learner.
    expect((await db.prisma.player.findUniqueOrThrow({ where: { id: seatA.id } })).userId).toBeNull();
    expect((await db.prisma.player.findUniqueOrThrow({ where: { id: seatB.id } })).userId).toBe(b.learner.id);
    expect(await countsOf(db.prisma, b.learner.id)).toEqual(bBefore);
    expect(await db.prisma.user.count({ where: { id: host.learner.id } })).toBe(1);
    // Deleting again is harmless.
    expect(await deleteUserData(db.prisma, a.learner.id)).toBe(false);
  });

  test("a guest can delete their data too", async () => {
    const guest = await newGuest(db.prisma);
    await addStudyData(db.prisma, guest.learner.id);
    await deleteUserData(db.prisma, guest.learner.id);
    expect(await countsOf(db.prisma, guest.learner.id)).toEqual({ users: 0, sessions: 0, cards: 0, reviews: 0, attempts: 0, answers: 0 });
  });
});

describeEachDatabase("signing in on a device used as a guest merges the guest's progress", (db) => {
  test("new cards, their reviews and quiz attempts move to the account; where both studied a card, the account's wins", async () => {
    const account = await newGuest(db.prisma);
    await claimAccount(db.prisma, account.learner.id, "merger", "merger password");
    const accountData = await addStudyData(db.prisma, account.learner.id, ["fact:shared", "fact:mine"]);
    const guest = await newGuest(db.prisma);
    const guestData = await addStudyData(db.prisma, guest.learner.id, ["fact:shared", "fact:new"]);
    const bystander = await newGuest(db.prisma);
    await addStudyData(db.prisma, bystander.learner.id);
    const bystanderBefore = await countsOf(db.prisma, bystander.learner.id);

    expect(await mergeGuestInto(db.prisma, guest.learner.id, account.learner.id)).toEqual({ cards: 1, quizAttempts: 2 });

    const cards = await db.prisma.card.findMany({ where: { userId: account.learner.id } });
    expect(cards.map((c) => c.noteKey).sort()).toEqual(["fact:mine", "fact:new", "fact:shared"]);
    expect(cards.find((c) => c.noteKey === "fact:shared")!.id).toBe(accountData.cards[0].id);
    // The guest's reviews were of its "fact:shared" card, which the account already had: they go with it.
    expect(idsOf(await db.prisma.reviewLog.findMany({ where: { userId: account.learner.id } }))).toEqual(idsOf(accountData.reviews));
    expect(idsOf(await db.prisma.quizAttempt.findMany({ where: { userId: account.learner.id } }))).toEqual(idsOf([...accountData.attempts, ...guestData.attempts]));
    expect(await countsOf(db.prisma, guest.learner.id)).toEqual({ users: 0, sessions: 0, cards: 0, reviews: 0, attempts: 0, answers: 0 });
    expect(await countsOf(db.prisma, bystander.learner.id)).toEqual(bystanderBefore);
  });

  test("reviews of a moved card move with it", async () => {
    const account = await newGuest(db.prisma);
    await claimAccount(db.prisma, account.learner.id, "merger2", "merger password");
    const guest = await newGuest(db.prisma);
    const guestData = await addStudyData(db.prisma, guest.learner.id, ["fact:only-guest"]);
    await mergeGuestInto(db.prisma, guest.learner.id, account.learner.id);
    const reviews = await db.prisma.reviewLog.findMany({ where: { userId: account.learner.id } });
    expect(idsOf(reviews)).toEqual(idsOf(guestData.reviews));
    expect(new Set(reviews.map((r) => r.cardId))).toEqual(new Set([guestData.cards[0].id]));
  });

  test("an account is never merged into another, nor a learner into itself", async () => {
    const one = await newGuest(db.prisma);
    const two = await newGuest(db.prisma);
    await claimAccount(db.prisma, one.learner.id, "one.account", "one password!");
    await addStudyData(db.prisma, one.learner.id);
    expect(await mergeGuestInto(db.prisma, one.learner.id, two.learner.id)).toEqual({ cards: 0, quizAttempts: 0 });
    expect(await mergeGuestInto(db.prisma, two.learner.id, two.learner.id)).toEqual({ cards: 0, quizAttempts: 0 });
    expect((await countsOf(db.prisma, one.learner.id)).cards).toBe(2);
    expect((await countsOf(db.prisma, two.learner.id)).users).toBe(1);
  });
});

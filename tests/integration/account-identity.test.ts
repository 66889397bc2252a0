import { describeEachDatabase } from "../support/test-database";
import { claimAccount, createSession, findUserBySessionToken, verifyCredentials } from "@/app/_data/auth/user-store";
import { SIGN_IN_LIMITS, signInRateLimitKeys, signInWithPassword } from "@/app/_data/auth/sign-in";
import { addStudyData, countsOf, newGuest } from "./account-support";

const PASSWORD = "correct horse battery";

describeEachDatabase("claiming an account and signing in", (db) => {
  test("claiming keeps the same user, with all of its progress, and stores a hash", async () => {
    const { learner, token } = await newGuest(db.prisma);
    await addStudyData(db.prisma, learner.id);
    const before = await countsOf(db.prisma, learner.id);

    expect(await claimAccount(db.prisma, learner.id, "Keeper", PASSWORD)).toEqual({ ok: true });

    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: learner.id } });
    expect(user.username).toBe("keeper");
    expect(user.claimedAt).toBeInstanceOf(Date);
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(await countsOf(db.prisma, learner.id)).toEqual(before);
    // The guest's session now belongs to the account.
    expect((await findUserBySessionToken(db.prisma, token))?.username).toBe("keeper");
  });

  test("a username is taken whatever its case; an account cannot be claimed twice", async () => {
    const first = await newGuest(db.prisma);
    const second = await newGuest(db.prisma);
    expect(await claimAccount(db.prisma, first.learner.id, "taken.name", PASSWORD)).toEqual({ ok: true });
    expect(await claimAccount(db.prisma, second.learner.id, "TAKEN.Name", PASSWORD)).toEqual({ ok: false, error: "usernameTaken" });
    expect(await claimAccount(db.prisma, first.learner.id, "another", PASSWORD)).toEqual({ ok: false, error: "alreadyClaimed" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: second.learner.id } })).username).toBeNull();
  });

  test("two guests racing for one name: exactly one gets it", async () => {
    const guests = await Promise.all([newGuest(db.prisma), newGuest(db.prisma), newGuest(db.prisma)]);
    const results = await Promise.all(guests.map((g) => claimAccount(db.prisma, g.learner.id, "race", PASSWORD)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "usernameTaken")).toHaveLength(2);
  });

  test("verifyCredentials: right password (any case of the name) yes; wrong password or unknown user no", async () => {
    const { learner } = await newGuest(db.prisma);
    await claimAccount(db.prisma, learner.id, "verify.me", PASSWORD);
    expect((await verifyCredentials(db.prisma, "Verify.Me", PASSWORD))?.id).toBe(learner.id);
    expect(await verifyCredentials(db.prisma, "verify.me", "wrong password!")).toBeNull();
    expect(await verifyCredentials(db.prisma, "nobody.here", PASSWORD)).toBeNull();
    // A guest has no password: it can never be signed in to.
    const guest = await newGuest(db.prisma);
    expect(await verifyCredentials(db.prisma, "", "")).toBeNull();
    expect(await db.prisma.user.count({ where: { id: guest.learner.id, passwordHash: null } })).toBe(1);
  });

  test("sessions: a new one per sign-in, an expired one is worthless, a bad token finds nobody", async () => {
    const { learner } = await newGuest(db.prisma);
    const now = new Date();
    const { token, expiresAt } = await createSession(db.prisma, learner.id, now);
    expect((await findUserBySessionToken(db.prisma, token, now))?.id).toBe(learner.id);
    expect(await findUserBySessionToken(db.prisma, token, new Date(expiresAt.getTime() + 1))).toBeNull();
    expect(await findUserBySessionToken(db.prisma, token + "x", now)).toBeNull();
    expect(await findUserBySessionToken(db.prisma, undefined, now)).toBeNull();
    // Only the token's hash is stored.
    expect(await db.prisma.authSession.count({ where: { id: token } })).toBe(0);
  });
});

describeEachDatabase("sign-in rate limits", (db) => {
  const { limit, windowMs } = SIGN_IN_LIMITS.perUsername;
  const start = new Date("2025-05-01T12:00:00Z");
  const after = (ms: number) => new Date(start.getTime() + ms);

  async function account(name: string) {
    const { learner } = await newGuest(db.prisma);
    await claimAccount(db.prisma, learner.id, name, PASSWORD);
    return learner;
  }

  test(`after ${limit} wrong passwords the username is blocked (even with the right one), then recovers after the window`, async () => {
    const learner = await account("blocked.user");
    const attempt = (password: string, at: Date, clientAddress = "203.0.113.1") =>
      signInWithPassword(db.prisma, { username: "blocked.user", password, clientAddress }, at);

    for (let i = 0; i < limit; i++) expect(await attempt("wrong password", after(i * 1000))).toEqual({ ok: false, error: "wrongCredentials" });

    const blocked = await attempt(PASSWORD, after(60_000));
    expect(blocked).toEqual({ ok: false, error: "rateLimited", retryAfterSeconds: windowMs / 1000 - 60 });
    // From another address too: the limit is on the account.
    expect((await attempt(PASSWORD, after(120_000), "198.51.100.7")).ok).toBe(false);

    const recovered = await attempt(PASSWORD, after(windowMs + 1000));
    expect(recovered.ok && recovered.user.id).toBe(learner.id);
  });

  test("a success forgives earlier failures; refused attempts do not extend the block", async () => {
    await account("forgiven");
    const attempt = (password: string, at: Date) => signInWithPassword(db.prisma, { username: "FORGIVEN", password, clientAddress: "203.0.113.2" }, at);
    for (let i = 0; i < limit - 1; i++) await attempt("nope nope nope", after(i));
    expect((await attempt(PASSWORD, after(10))).ok).toBe(true);
    const keys = signInRateLimitKeys("forgiven", "203.0.113.2");
    expect(await db.prisma.rateLimit.findUnique({ where: { key: keys.user } })).toBeNull();
    // Fails again from zero: limit failures allowed before the block.
    for (let i = 0; i < limit; i++) expect((await attempt("nope nope nope", after(100 + i))).ok).toBe(false);
    for (let i = 0; i < 3; i++) expect(await attempt(PASSWORD, after(200 + i))).toMatchObject({ error: "rateLimited" });
    expect((await db.prisma.rateLimit.findUniqueOrThrow({ where: { key: keys.user } })).count).toBe(limit);
  });

  test("unknown usernames count too, and one address is limited across usernames", async () => {
    const client = SIGN_IN_LIMITS.perClient;
    const address = "192.0.2.55";
    for (let i = 0; i < client.limit; i++) {
      const result = await signInWithPassword(db.prisma, { username: `ghost${i}`, password: "whatever1", clientAddress: address }, after(i));
      expect(result).toEqual({ ok: false, error: "wrongCredentials" });
    }
    await account("innocent");
    const fromBusyAddress = await signInWithPassword(db.prisma, { username: "innocent", password: PASSWORD, clientAddress: address }, after(5000));
    expect(fromBusyAddress).toMatchObject({ ok: false, error: "rateLimited" });
    const elsewhere = await signInWithPassword(db.prisma, { username: "innocent", password: PASSWORD, clientAddress: "192.0.2.56" }, after(5000));
    expect(elsewhere.ok).toBe(true);
  });
});

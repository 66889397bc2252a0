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
  const pair = SIGN_IN_LIMITS.perUsernameAndClient;
  const perUser = SIGN_IN_LIMITS.perUsername;

  async function account(name: string) {
    const { learner } = await newGuest(db.prisma);
    await claimAccount(db.prisma, learner.id, name, PASSWORD);
    return learner;
  }
  const attemptOn = (username: string) => (password: string, clientAddress = "203.0.113.1") =>
    signInWithPassword(db.prisma, { username, password, clientAddress });
  /** The window of `key` ends now, as if its time had passed. */
  const endWindow = (key: string) => db.prisma.rateLimit.updateMany({ where: { key }, data: { expire: new Date(Date.now() - 1000) } });

  test(`after ${pair.limit} wrong passwords from one address that address is blocked on that username (even with the right one); the owner elsewhere is not`, async () => {
    const learner = await account("blocked.user");
    const attempt = attemptOn("blocked.user");
    for (let i = 0; i < pair.limit; i++) expect(await attempt("wrong password")).toEqual({ ok: false, error: "wrongCredentials" });

    const blocked = await attempt(PASSWORD);
    expect(blocked).toMatchObject({ ok: false, error: "rateLimited" });
    expect(blocked.ok === false && blocked.error === "rateLimited" && blocked.retryAfterSeconds).toBeGreaterThan(pair.windowMs / 1000 - 120);
    // The guesser cannot lock the owner out: from another address the right password works.
    const owner = await attempt(PASSWORD, "198.51.100.7");
    expect(owner.ok && owner.user.id).toBe(learner.id);

    // Once the window has passed, the blocked address may try again.
    await endWindow(signInRateLimitKeys("blocked.user", "203.0.113.1").userAndClient);
    const recovered = await attempt(PASSWORD);
    expect(recovered.ok && recovered.user.id).toBe(learner.id);
  });

  test(`a guesser with many addresses is capped at ${perUser.limit} failures per username per day`, async () => {
    await account("many.addresses");
    const attempt = attemptOn("many.addresses");
    // Four failures from each address stays under the per-address limit on this username.
    for (let i = 0; i < perUser.limit; i++) expect((await attempt("wrong password", `10.0.${Math.floor(i / 4)}.1`)).ok).toBe(false);
    expect(await attempt(PASSWORD, "10.99.0.1")).toMatchObject({ ok: false, error: "rateLimited" });
    const key = signInRateLimitKeys("many.addresses", "x").user;
    expect((await db.prisma.rateLimit.findUniqueOrThrow({ where: { key } })).points).toBe(perUser.limit);
  });

  test("a success forgives this address its failures on the account; refused attempts do not extend the block", async () => {
    await account("forgiven");
    const attempt = (password: string) => signInWithPassword(db.prisma, { username: "FORGIVEN", password, clientAddress: "203.0.113.2" });
    for (let i = 0; i < pair.limit - 1; i++) await attempt("nope nope nope");
    expect((await attempt(PASSWORD)).ok).toBe(true);
    const keys = signInRateLimitKeys("forgiven", "203.0.113.2");
    expect(await db.prisma.rateLimit.findUnique({ where: { key: keys.userAndClient } })).toBeNull();
    // Fails again from zero: `limit` failures allowed before the block.
    for (let i = 0; i < pair.limit; i++) expect(await attempt("nope nope nope")).toEqual({ ok: false, error: "wrongCredentials" });
    for (let i = 0; i < 3; i++) expect(await attempt(PASSWORD)).toMatchObject({ error: "rateLimited" });
    expect((await db.prisma.rateLimit.findUniqueOrThrow({ where: { key: keys.userAndClient } })).points).toBe(pair.limit);
  });

  test("parallel guesses cannot overrun the limit", async () => {
    await account("parallel");
    const results = await Promise.all(Array.from({ length: 12 }, () => attemptOn("parallel")("wrong password", "203.0.113.9")));
    expect(results.filter((r) => r.ok === false && r.error === "wrongCredentials")).toHaveLength(pair.limit);
  });

  test("unknown usernames count too, and one address is limited across usernames", async () => {
    const client = SIGN_IN_LIMITS.perClient;
    const address = "192.0.2.55";
    for (let i = 0; i < client.limit; i++) {
      const result = await signInWithPassword(db.prisma, { username: `ghost${i}`, password: "whatever1", clientAddress: address });
      expect(result).toEqual({ ok: false, error: "wrongCredentials" });
    }
    await account("innocent");
    const fromBusyAddress = await signInWithPassword(db.prisma, { username: "innocent", password: PASSWORD, clientAddress: address });
    expect(fromBusyAddress).toMatchObject({ ok: false, error: "rateLimited" });
    const elsewhere = await signInWithPassword(db.prisma, { username: "innocent", password: PASSWORD, clientAddress: "192.0.2.56" });
    expect(elsewhere.ok).toBe(true);
  });
});

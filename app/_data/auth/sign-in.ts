// Signing in with a username and password, rate-limited so that guessing is slow and nobody can lock
// someone else out cheaply. Only failed checks count: each attempt takes a unit from every budget
// first (an atomic increment, so parallel guesses cannot overrun them) and a success or a refused
// attempt gives it back.
import type { Db } from "../prisma-client";
import { consumeRateLimit, releaseRateLimit, resetRateLimit } from "../rate-limit";
import { normalizeUsername, verifyCredentials, type User } from "./user-store";

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const ONE_DAY = 24 * 60 * 60 * 1000;

/**
 * - 5 wrong passwords per username *from one address* per 15 minutes stops one guesser, and locks out
 *   only that address: the account's owner elsewhere still signs in.
 * - 50 per username per day from all addresses together caps a guesser with many addresses; only such
 *   a distributed attack can lock the owner out, and only for a day.
 * - 30 per address per 15 minutes, across usernames, is looser because a whole classroom can share
 *   one address behind a school router.
 */
export const SIGN_IN_LIMITS = {
  perUsernameAndClient: { limit: 5, windowMs: FIFTEEN_MINUTES },
  perUsername: { limit: 50, windowMs: ONE_DAY },
  perClient: { limit: 30, windowMs: FIFTEEN_MINUTES },
} as const;

export type SignInResult =
  | { ok: true; user: User }
  | { ok: false; error: "wrongCredentials" }
  | { ok: false; error: "rateLimited"; retryAfterSeconds: number };

export const signInRateLimitKeys = (username: string, clientAddress: string) => ({
  userAndClient: `sign-in:user-client:${normalizeUsername(username)}:${clientAddress}`,
  user: `sign-in:user:${normalizeUsername(username)}`,
  client: `sign-in:client:${clientAddress}`,
});

export async function signInWithPassword(db: Db, input: { username: string; password: string; clientAddress: string }): Promise<SignInResult> {
  const keys = signInRateLimitKeys(input.username, input.clientAddress);
  const budgets = await Promise.all([
    consumeRateLimit(db, keys.userAndClient, SIGN_IN_LIMITS.perUsernameAndClient),
    consumeRateLimit(db, keys.user, SIGN_IN_LIMITS.perUsername),
    consumeRateLimit(db, keys.client, SIGN_IN_LIMITS.perClient),
  ]);
  if (budgets.some((b) => !b.allowed)) {
    // Refused before any check: not a failure of its own.
    await Promise.all([releaseRateLimit(db, keys.userAndClient), releaseRateLimit(db, keys.user), releaseRateLimit(db, keys.client)]);
    const retryAfterSeconds = Math.max(...budgets.map((b) => (b.allowed ? 0 : b.retryAfterSeconds)));
    return { ok: false, error: "rateLimited", retryAfterSeconds };
  }
  const account = await verifyCredentials(db, input.username, input.password);
  if (!account) return { ok: false, error: "wrongCredentials" };
  // The owner signing in forgives this address its earlier typos on this account.
  await Promise.all([resetRateLimit(db, keys.userAndClient), releaseRateLimit(db, keys.user), releaseRateLimit(db, keys.client)]);
  return { ok: true, user: account };
}

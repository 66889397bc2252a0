// Signing in with a username and password, rate-limited per username and per client address.
// Only failed checks count: each attempt takes a unit from both budgets first (an atomic increment,
// so parallel guesses cannot overrun them) and a success or a refused attempt gives it back.
import type { Db } from "../prisma-client";
import { consumeRateLimit, releaseRateLimit, resetRateLimit } from "../rate-limit";
import { normalizeUsername, verifyCredentials, type User } from "./user-store";

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/**
 * 5 wrong passwords per username per 15 minutes stops guessing one account; 30 per address is looser
 * because a whole classroom can share one address behind a school router.
 */
export const SIGN_IN_LIMITS = {
  perUsername: { limit: 5, windowMs: FIFTEEN_MINUTES },
  perClient: { limit: 30, windowMs: FIFTEEN_MINUTES },
} as const;

export type SignInResult =
  | { ok: true; user: User }
  | { ok: false; error: "wrongCredentials" }
  | { ok: false; error: "rateLimited"; retryAfterSeconds: number };

export const signInRateLimitKeys = (username: string, clientAddress: string) => ({
  user: `sign-in:user:${normalizeUsername(username)}`,
  client: `sign-in:client:${clientAddress}`,
});

export async function signInWithPassword(
  db: Db,
  input: { username: string; password: string; clientAddress: string },
  now = new Date(),
): Promise<SignInResult> {
  const keys = signInRateLimitKeys(input.username, input.clientAddress);
  const [user, client] = await Promise.all([
    consumeRateLimit(db, keys.user, SIGN_IN_LIMITS.perUsername.limit, SIGN_IN_LIMITS.perUsername.windowMs, now),
    consumeRateLimit(db, keys.client, SIGN_IN_LIMITS.perClient.limit, SIGN_IN_LIMITS.perClient.windowMs, now),
  ]);
  if (!user.allowed || !client.allowed) {
    // Refused before any check: not a failure of its own.
    await Promise.all([releaseRateLimit(db, keys.user), releaseRateLimit(db, keys.client)]);
    const retryAfterSeconds = Math.max(user.allowed ? 0 : user.retryAfterSeconds, client.allowed ? 0 : client.retryAfterSeconds);
    return { ok: false, error: "rateLimited", retryAfterSeconds };
  }
  const account = await verifyCredentials(db, input.username, input.password);
  if (!account) return { ok: false, error: "wrongCredentials" };
  await Promise.all([resetRateLimit(db, keys.user), releaseRateLimit(db, keys.client)]);
  return { ok: true, user: account };
}

// Rate limits kept in the database, so every app instance shares them: rate-limiter-flexible's Prisma
// store (`RateLimiterPrisma`) on the RateLimit table, on SQLite and PostgreSQL alike. Each consume is an
// atomic increment in the database (a window that has ended is deleted first), so parallel requests
// cannot overrun a limit.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "./prisma-client";

/**
 * No limit in the app has a longer window than this, so a counter whose window ended earlier than this
 * ago can be swept. A new limit with a longer window must raise it.
 */
export const LONGEST_RATE_LIMIT_WINDOW_MS = 24 * 60 * 60 * 1000;

export type RateLimitRule = { limit: number; windowMs: number };
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

function limiter(db: Db, rule: RateLimitRule) {
  if (rule.windowMs > LONGEST_RATE_LIMIT_WINDOW_MS) throw new Error("rate-limit window is longer than LONGEST_RATE_LIMIT_WINDOW_MS");
  return new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "",
    points: rule.limit,
    duration: Math.ceil(rule.windowMs / 1000),
    // The daily sweep (app/_data/auth/sweep.ts) removes old rows; no timer per limiter.
    clearExpiredByTimeout: false,
  });
}

const toResult = (res: RateLimiterRes, allowed: boolean): RateLimitResult => ({
  allowed,
  remaining: res.remainingPoints,
  retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
});

/** Takes one unit of `key`'s budget; refused once more than `rule.limit` were taken in the window. */
export async function consumeRateLimit(db: Db, key: string, rule: RateLimitRule): Promise<RateLimitResult> {
  try {
    return toResult(await limiter(db, rule).consume(key), true);
  } catch (error) {
    if (error instanceof RateLimiterRes) return toResult(error, false);
    throw error; // a database error is not a refusal
  }
}

/** Whether `key` still has budget, without taking any. */
export async function peekRateLimit(db: Db, key: string, rule: RateLimitRule): Promise<RateLimitResult> {
  const res = await limiter(db, rule).get(key);
  if (!res) return { allowed: true, remaining: rule.limit, retryAfterSeconds: 0 };
  return toResult(res, res.consumedPoints < rule.limit);
}

export async function resetRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Gives back one unit (for limits that count only failures: the unit is taken first, returned on success). */
export async function releaseRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.updateMany({ where: { key, points: { gt: 0 } }, data: { points: { decrement: 1 } } });
}

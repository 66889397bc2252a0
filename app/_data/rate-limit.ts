// Fixed-window rate limits kept in the database, so every app instance shares them.
import type { Db } from "./prisma-client";

/**
 * No limit in the app has a longer window than this, so a counter whose window started earlier has
 * ended and can be swept. A new limit with a longer window must raise it.
 */
export const LONGEST_RATE_LIMIT_WINDOW_MS = 24 * 60 * 60 * 1000;

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

export async function consumeRateLimit(db: Db, key: string, limit: number, windowMs: number, now = new Date()): Promise<RateLimitResult> {
  if (windowMs > LONGEST_RATE_LIMIT_WINDOW_MS) throw new Error(`rate-limit window for ${key} is longer than LONGEST_RATE_LIMIT_WINDOW_MS`);
  const windowStartMin = new Date(now.getTime() - windowMs);
  // A window that has run out starts again at 0.
  await db.rateLimit.updateMany({ where: { key, windowStart: { lt: windowStartMin } }, data: { windowStart: now, count: 0 } });
  const row = await db.rateLimit.upsert({
    where: { key },
    create: { key, windowStart: now, count: 1 },
    update: { count: { increment: 1 } },
  });
  const retryAfterSeconds = Math.max(1, Math.ceil((row.windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: row.count <= limit, remaining: Math.max(0, limit - row.count), retryAfterSeconds };
}

export async function resetRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Gives back one unit (for limits that count only failures: the attempt is taken first, returned on success). */
export async function releaseRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

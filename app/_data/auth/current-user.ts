import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { db } from "../db";
import { isValidTimeZone } from "../../_schemas/account";
import { consumeRateLimit } from "../rate-limit";
import { clientAddressFrom } from "./client-address";
import { SESSION_COOKIE, TIME_ZONE_COOKIE, sessionCookieOptions } from "./session-token";
import { createGuest, createSession, deleteSession, findUserBySessionToken, type User } from "./user-store";

export type { User };

/**
 * Who is asking, in a page, action or route handler: the session cookie's user, or null for a visitor
 * who has not started anything yet. The one place that reads the session cookie.
 */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  const store = await cookies();
  return findUserBySessionToken(db, store.get(SESSION_COOKIE)?.value);
});

/**
 * Generous: a whole classroom (or school) can share one address behind its router. It only stops one
 * client from filling the database with empty guests.
 */
export const GUESTS_PER_ADDRESS = { limit: 1000, windowMs: 60 * 60 * 1000 };

export type StartUserResult = { ok: true; user: User } | { ok: false; error: "tooManyGuests"; retryAfterSeconds: number };

/**
 * The current user, creating a guest (no sign-up) for a visitor who starts something that needs one.
 * Call it last, once the request is known to be valid, so a failed request creates nothing. Only in
 * server actions and route handlers, where cookies can be set.
 */
export async function startUser(options: { uiLocale?: string } = {}): Promise<StartUserResult> {
  const existing = await getCurrentUser();
  if (existing) return { ok: true, user: existing };
  const address = clientAddressFrom(await headers());
  const budget = await consumeRateLimit(db, `guest:client:${address}`, GUESTS_PER_ADDRESS);
  if (!budget.allowed) return { ok: false, error: "tooManyGuests", retryAfterSeconds: budget.retryAfterSeconds };
  const store = await cookies();
  const browserTimeZone = store.get(TIME_ZONE_COOKIE)?.value ?? "";
  const timeZone = isValidTimeZone(browserTimeZone) ? browserTimeZone : undefined;
  const { user, token, expiresAt } = await createGuest(db, { ...options, timeZone });
  store.set(SESSION_COOKIE, token, sessionCookieOptions(expiresAt));
  return { ok: true, user };
}

/** Starts a session for a user (after sign-in) and replaces the current one. */
export async function startSession(userId: string): Promise<void> {
  const store = await cookies();
  await deleteSession(db, store.get(SESSION_COOKIE)?.value);
  const { token, expiresAt } = await createSession(db, userId);
  store.set(SESSION_COOKIE, token, sessionCookieOptions(expiresAt));
}

export async function endSession(): Promise<void> {
  const store = await cookies();
  await deleteSession(db, store.get(SESSION_COOKIE)?.value);
  store.delete(SESSION_COOKIE);
}

/** The visitor's browser time zone (set by a small script), for showing what a new guest would get. */
export async function browserTimeZone(): Promise<string | null> {
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value ?? "";
  return isValidTimeZone(zone) ? zone : null;
}

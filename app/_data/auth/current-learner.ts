import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { db } from "../db";
import { isValidTimeZone } from "../../_schemas/account";
import { SESSION_COOKIE, TIME_ZONE_COOKIE, sessionCookieOptions } from "./session-token";
import { createGuest, createSession, deleteSession, findLearnerBySessionToken, type Learner } from "./learner-store";

/** Who is asking, in a page, action or route handler; null for a visitor who has not studied yet. */
export const getCurrentLearner = cache(async (): Promise<Learner | null> => {
  const store = await cookies();
  return findLearnerBySessionToken(db, store.get(SESSION_COOKIE)?.value);
});

/**
 * The current learner, creating a guest on first use (no sign-up). Only in server actions and
 * route handlers, where cookies can be set.
 */
export async function requireLearner(options: { uiLocale?: string } = {}): Promise<Learner> {
  const existing = await getCurrentLearner();
  if (existing) return existing;
  const store = await cookies();
  const browserTimeZone = store.get(TIME_ZONE_COOKIE)?.value ?? "";
  const timeZone = isValidTimeZone(browserTimeZone) ? browserTimeZone : undefined;
  const { learner, token, expiresAt } = await createGuest(db, { ...options, timeZone });
  store.set(SESSION_COOKIE, token, sessionCookieOptions(expiresAt));
  return learner;
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

// User identity in the database: guests, sessions, accounts. No cookies here (see current-user.ts),
// so the same functions serve server actions, route handlers and tests.
import type { Db } from "../prisma-client";
import { newSessionToken, sessionIdOf, SESSION_DAYS } from "./session-token";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";
import type { Role } from "./roles";

export type User = {
  id: string;
  username: string | null;
  role: Role;
  displayName: string;
  timeZone: string;
  desiredRetention: number;
  newCardsPerDay: number;
  directions: string;
};

const userSelect = {
  id: true,
  username: true,
  role: true,
  displayName: true,
  timeZone: true,
  desiredRetention: true,
  newCardsPerDay: true,
  directions: true,
} as const;

export async function findUserBySessionToken(db: Db, token: string | undefined, now = new Date()): Promise<User | null> {
  if (!token || token.length > 200) return null;
  const session = await db.authSession.findUnique({ where: { id: sessionIdOf(token) }, select: { expiresAt: true, user: { select: userSelect } } });
  if (!session || session.expiresAt <= now) return null;
  return session.user;
}

export async function createSession(db: Db, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
  await db.authSession.create({ data: { id: sessionIdOf(token), userId, expiresAt } });
  return { token, expiresAt };
}

export async function createGuest(db: Db, options: { uiLocale?: string; timeZone?: string } = {}) {
  const user = await db.user.create({ data: { uiLocale: options.uiLocale ?? "ja", timeZone: options.timeZone ?? "UTC" }, select: userSelect });
  return { user, ...(await createSession(db, user.id)) };
}

export async function deleteSession(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.authSession.deleteMany({ where: { id: sessionIdOf(token) } });
}

export type ClaimResult = { ok: true } | { ok: false; error: "usernameTaken" | "alreadyClaimed" };

/** Usernames are case-insensitive: always compared and stored in lower case. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** Turns a guest into an account: same user row, so all progress is kept. */
export async function claimAccount(db: Db, userId: string, rawUsername: string, password: string): Promise<ClaimResult> {
  const username = normalizeUsername(rawUsername);
  const user = await db.user.findUnique({ where: { id: userId }, select: { username: true } });
  if (user?.username) return { ok: false, error: "alreadyClaimed" };
  if (await db.user.findUnique({ where: { username }, select: { id: true } })) return { ok: false, error: "usernameTaken" };
  try {
    await db.user.update({ where: { id: userId }, data: { username, passwordHash: await hashPassword(password), claimedAt: new Date() } });
  } catch {
    return { ok: false, error: "usernameTaken" }; // lost a race for the same name (unique index)
  }
  return { ok: true };
}

/** Checks a username and password; the same work is done whether or not the user exists. */
export async function verifyCredentials(db: Db, username: string, password: string): Promise<User | null> {
  const user = await db.user.findUnique({ where: { username: normalizeUsername(username) }, select: { ...userSelect, passwordHash: true } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !user.passwordHash || !ok) return null;
  const { passwordHash: _hash, ...found } = user;
  return found;
}

export type UserSettings = { timeZone: string; desiredRetention: number; newCardsPerDay: number; directions: string[] };

export async function updateUserSettings(db: Db, userId: string, settings: UserSettings): Promise<void> {
  const { directions, ...rest } = settings;
  await db.user.update({ where: { id: userId }, data: { ...rest, directions: JSON.stringify(directions) } });
}

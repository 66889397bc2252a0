import "server-only";
// The account feature's entry points for pages, actions and route handlers. Who is asking is decided
// by the caller (the action and route wrapper, or a page through getCurrentUser) and passed in; the
// work is in the modules beside this one, which take the database first so tests run them on SQLite
// and PostgreSQL.
import { headers } from "next/headers";
import { db } from "../db";
import { consumeRateLimit } from "../rate-limit";
import { deleteUserData, exportUserData, mergeGuestInto } from "../user-data";
import { accountOverview, type AccountOverview } from "./account-overview";
import { clientAddressFrom } from "./client-address";
import { browserTimeZone, getCurrentUser } from "./current-user";
import { signInWithPassword } from "./sign-in";
import { claimAccount, normalizeUsername, updateUserSettings, type UserSettings } from "./user-store";

/** Hashing a password is slow on purpose; this keeps one address from making the server do it endlessly. */
const CLAIMS_PER_ADDRESS = { limit: 20, windowMs: 60 * 60 * 1000 };

const requestAddress = async () => clientAddressFrom(await headers());

export async function loadAccountOverview(): Promise<AccountOverview> {
  return accountOverview(db, await getCurrentUser(), await browserTimeZone());
}

/** Checked before anything is written, so a claim of a taken name creates nothing. */
/**
 * Whether a claim for `username` may go ahead. The address's claim budget is taken *before* the name
 * is looked up, so probing which usernames exist costs the same budget as claiming (20 an hour per
 * address): a taken name must be refused, which reveals it exists, but only at that rate.
 */
export async function reserveClaim(username: string): Promise<{ ok: true } | { ok: false; error: "usernameTaken" } | { ok: false; error: "tooManyAccounts"; retryAfterSeconds: number }> {
  const budget = await consumeRateLimit(db, `claim:client:${await requestAddress()}`, CLAIMS_PER_ADDRESS);
  if (!budget.allowed) return { ok: false, error: "tooManyAccounts", retryAfterSeconds: budget.retryAfterSeconds };
  if ((await db.user.count({ where: { username: normalizeUsername(username) } })) > 0) return { ok: false, error: "usernameTaken" };
  return { ok: true };
}

export const claimAccountOf = (userId: string, username: string, password: string) => claimAccount(db, userId, username, password);

export async function signIn(input: { username: string; password: string }) {
  return signInWithPassword(db, { ...input, clientAddress: await requestAddress() });
}

/** A guest's progress on this device moves into the account they sign in to. */
export async function bringGuestAlong(current: { id: string; username: string | null } | null, accountId: string): Promise<void> {
  if (current && current.username === null) await mergeGuestInto(db, current.id, accountId);
}

export const saveSettings = (userId: string, settings: UserSettings) => updateUserSettings(db, userId, settings);
export const deleteAllDataOf = (userId: string) => deleteUserData(db, userId);
export const exportDataOf = (userId: string) => exportUserData(db, userId);

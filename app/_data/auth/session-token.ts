// The session cookie holds a random token; the database keeps only its SHA-256, so a leaked
// database does not hand out live sessions.
import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "sid";
/** Set by a tiny script from the browser's time zone, so a new guest starts with the right "today". */
export const TIME_ZONE_COOKIE = "tz";
export const SESSION_DAYS = 400;

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function sessionCookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.COOKIE_SECURE === "1",
    path: "/",
    expires,
  };
}

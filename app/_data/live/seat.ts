// Seat tokens: a random secret in the player's httpOnly cookie; only its SHA-256 is stored, so a copy
// of the database cannot be used to take someone's seat. One cookie per game, named by its join code.
import { createHash, randomBytes } from "node:crypto";

export const seatCookieName = (joinCode: string) => `live_seat_${joinCode}`;
export const SEAT_MAX_AGE_SECONDS = 24 * 60 * 60;

export const newSeatToken = () => randomBytes(32).toString("base64url");

export function hashSeat(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const isSeatToken = (value: unknown): value is string => typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);

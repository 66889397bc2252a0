// Nicknames: what a player types to join. Stored in NFKC form, trimmed, with inner runs of spaces
// collapsed; 1–20 characters (code points, so an emoji counts once); no control or format characters
// (which could hide text or reverse it on the projector). Two nicknames clash when they are equal after
// NFKC and case folding, so "ＡＮＮ", "Ann" and "ann" cannot all sit in one game.

export const NICKNAME_MAX_LENGTH = 20;

export type NicknameProblem = "empty" | "too_long" | "control_character" | "taken";

export type NicknameCheck = { ok: true; nickname: string } | { ok: false; problem: NicknameProblem };

// Cc: control characters; Cf: format characters (bidi overrides, zero-width joiners are allowed in
// emoji, so U+200D is let through); Zl/Zp: line and paragraph separators.
const FORBIDDEN = /[\p{Cc}\p{Zl}\p{Zp}]|(?!\u200d)\p{Cf}/u;

export function normalizeNickname(raw: string): string {
  return raw.normalize("NFKC").trim().replace(/\s+/gu, " ");
}

/** The form two nicknames are compared in (width is already folded by NFKC). */
export function nicknameKey(nickname: string): string {
  return normalizeNickname(nickname).toLocaleLowerCase("und").normalize("NFKC");
}

export function checkNickname(raw: string, taken: readonly string[] = []): NicknameCheck {
  if (FORBIDDEN.test(raw)) return { ok: false, problem: "control_character" };
  const nickname = normalizeNickname(raw);
  if (nickname.length === 0) return { ok: false, problem: "empty" };
  if ([...nickname].length > NICKNAME_MAX_LENGTH) return { ok: false, problem: "too_long" };
  const key = nicknameKey(nickname);
  if (taken.some((other) => nicknameKey(other) === key)) return { ok: false, problem: "taken" };
  return { ok: true, nickname };
}

// Nicknames: what a player types to join. Stored in NFKC form, trimmed, with inner runs of spaces
// collapsed; 1–20 characters as people count them (grapheme clusters, so 👩‍🏫 or 🇯🇵 is one), and at most
// NICKNAME_MAX_UNITS UTF-16 units so long emoji sequences cannot bloat storage; no control or format characters
// (which could hide text or reverse it on the projector). Two nicknames clash when they are equal after
// NFKC and case folding, so "ＡＮＮ", "Ann" and "ann" cannot all sit in one game.

export const NICKNAME_MAX_LENGTH = 20;
export const NICKNAME_MAX_UNITS = 120;

export type NicknameProblem = "empty" | "too_long" | "control_character" | "taken";

export type NicknameCheck = { ok: true; nickname: string } | { ok: false; problem: NicknameProblem };

// Cc: control characters; Cf: format characters such as bidi overrides and zero-width spaces, except
// the two that emoji are built with (U+200D zero-width joiner, U+E0020–E007F tags of regional flags);
// Zl/Zp: line and paragraph separators.
const FORBIDDEN = /[\p{Cc}\p{Zl}\p{Zp}]|(?![\u200d\u{E0020}-\u{E007F}])\p{Cf}/u;

const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });
const lengthOf = (text: string) => [...graphemes.segment(text)].length;

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
  if (lengthOf(nickname) > NICKNAME_MAX_LENGTH || nickname.length > NICKNAME_MAX_UNITS) {
    return { ok: false, problem: "too_long" };
  }
  const key = nicknameKey(nickname);
  if (taken.some((other) => nicknameKey(other) === key)) return { ok: false, problem: "taken" };
  return { ok: true, nickname };
}

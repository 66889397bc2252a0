import { damerauLevenshtein } from "./edit-distance";
import { parseNumeral } from "./japanese-numerals";
import { isLatinScript, normalizeAnswer } from "./normalize-answer";

export type AnswerVerdict = "correct" | "almost" | "wrong";
export interface AnswerCheck {
  verdict: AnswerVerdict;
  /** The accepted answer the response matched (as stored), or null. */
  matched: string | null;
}
export interface AnswerCheckOptions {
  /** The answer is a year or a number: "2010年", "２０１０", "第10回" and kanji numerals count. */
  numeric?: boolean;
}

/** Typo tolerance only where a typo cannot change the meaning: long Latin-script words. */
const MIN_TYPO_LETTERS = 6;

export function isAnswerCorrect(
  response: string,
  accepted: readonly string[],
  options: AnswerCheckOptions = {},
): AnswerCheck {
  const given = normalizeAnswer(response);
  if (!given) return { verdict: "wrong", matched: null };
  for (const answer of accepted) {
    if (normalizeAnswer(answer) === given) return { verdict: "correct", matched: answer };
  }
  if (options.numeric) {
    const value = parseNumeral(response);
    const hit = value === null ? undefined : accepted.find((a) => parseNumeral(a) === value);
    if (hit !== undefined) return { verdict: "correct", matched: hit };
  }
  for (const answer of accepted) {
    if (isOneTypoAway(given, normalizeAnswer(answer))) return { verdict: "almost", matched: answer };
  }
  return { verdict: "wrong", matched: null };
}

function isOneTypoAway(given: string, expected: string): boolean {
  if (!isLatinScript(expected) || !isLatinScript(given)) return false;
  if (expected.replace(/[^a-z]/g, "").length < MIN_TYPO_LETTERS) return false;
  // A different digit is a different fact (Vision 2.0 vs 3.0), never a typo.
  if (digitsOf(given) !== digitsOf(expected)) return false;
  return damerauLevenshtein(given, expected) === 1;
}

const digitsOf = (s: string) => s.replace(/\D/g, "");

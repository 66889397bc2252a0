// Folds the differences a learner should not be marked down for: character width (NFKC), case,
// hiragana vs katakana, old and variant kanji (澤 = 沢), punctuation and spacing, leading English articles
// and English negative contractions (didn't = did not).
import { foldVariantKanji } from "./variant-kanji";

/** Katakana → hiragana, so ぷらす and プラス compare equal. ー (a letter, not punctuation) is kept. */
export function foldKana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

const LEADING_ARTICLE = /^(?:the|a|an)\s+/;
// "didn't", "isn't", "can't", "won't" (with ' or ’): the word before n't, whose n is its own in can/won/shan.
const NEGATIVE_CONTRACTION = /\b([a-z]+?)n['’]t\b/g;
const IRREGULAR_NEGATIVES: Record<string, string> = { wo: "will", ca: "can", sha: "shall" };

/** didn't → did not, can't → can not, won't → will not (the spacing is folded away afterwards). */
export function expandNegativeContractions(text: string): string {
  return text.replace(NEGATIVE_CONTRACTION, (_, stem: string) => `${IRREGULAR_NEGATIVES[stem] ?? stem} not`);
}

// Punctuation (・ - 「」（） quotes / etc.) and spaces; a "." or "," between digits is handled first.
const PUNCTUATION_OR_SPACE = /[\p{P}\p{Z}\s]/gu;

export function normalizeAnswer(raw: string): string {
  let text = raw.normalize("NFKC").toLowerCase().trim();
  text = text.replace(LEADING_ARTICLE, "");
  text = expandNegativeContractions(text);
  text = text.replace(/(\d),(?=\d{3}\b)/g, "$1"); // thousands separators: 1,000 = 1000
  text = text.replace(/(\d)\.(?=\d)/g, "$1\uE000"); // protect decimals: 2.0 must not become 20
  text = text.replace(PUNCTUATION_OR_SPACE, "");
  text = text.replace(/\uE000/g, ".");
  return foldKana(foldVariantKanji(text));
}

/** True when every letter is Latin (digits allowed); used to restrict typo tolerance. */
export function isLatinScript(normalized: string): boolean {
  return /^[a-z0-9.]+$/.test(normalized) && /[a-z]/.test(normalized);
}

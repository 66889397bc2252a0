// Joins a morphological analyzer's tokens into a reading in hiragana. Pure (the analyzer runs on the server).

/** Katakana (ァ–ヶ) to hiragana; the long-vowel mark and everything else stay as they are. */
export function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * Each token's reading, or its own text where the dictionary has none ("*" or missing: Latin letters,
 * digits, unknown names), so the editor sees what still needs a reading.
 */
export function readingFromTokens(tokens: readonly { surface: string; reading?: string }[]): string {
  return tokens.map((t) => (t.reading && t.reading !== "*" ? katakanaToHiragana(t.reading) : t.surface)).join("");
}

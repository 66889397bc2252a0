// Reads a number typed as "2010", "２０１０年", "第10回", "7つ", "七", "十二カ国" or "10th".

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Kanji numerals up to 9999 (十二 = 12, 二千十 = 2010, 二〇一〇 = 2010); null when not one. */
export function parseKanjiNumeral(text: string): number | null {
  if (!text || ![...text].every((c) => c in DIGITS || c in UNITS)) return null;
  if (![...text].some((c) => c in UNITS)) {
    return Number([...text].map((c) => DIGITS[c]).join(""));
  }
  let total = 0;
  let pending: number | null = null;
  for (const c of text) {
    if (c in DIGITS) {
      if (pending !== null) return null;
      pending = DIGITS[c];
    } else {
      total += (pending ?? 1) * UNITS[c];
      pending = null;
    }
  }
  return total + (pending ?? 0);
}

const PREFIX = /^(?:第|no\.?|#)/;
const SUFFIX = /(?:年度|年|回目|回|つ|個|人|名|[かカヶケヵ]国|[かカヶケヵ]所|期|st|nd|rd|th)$/;

/** The number a learner typed, or null when the text is not (only) a number. Expects NFKC input. */
export function parseNumeral(raw: string): number | null {
  const text = raw.normalize("NFKC").toLowerCase().replace(/[\s,]/g, "");
  const core = text.replace(PREFIX, "").replace(SUFFIX, "");
  if (/^\d+(?:\.\d+)?$/.test(core)) return Number(core);
  return parseKanjiNumeral(core);
}

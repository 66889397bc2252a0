// Folds text so that a query matches regardless of width (ＡＤＭＭ/ADMM), case, kana script
// (ぷらす/プラス) and spacing. Stored in each row's searchText and applied to every query,
// which makes search behave the same on SQLite and PostgreSQL.
const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;
const KANA_OFFSET = 0x60;

export function foldForSearch(text: string): string {
  let folded = "";
  for (const char of text.normalize("NFKC").toLowerCase()) {
    const code = char.codePointAt(0)!;
    folded += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : char;
  }
  return folded.replace(/\s+/gu, "");
}

export function buildSearchText(parts: Array<string | string[] | null | undefined>): string {
  return parts
    .flat()
    .filter((part): part is string => Boolean(part))
    .map(foldForSearch)
    .join("\u001f");
}

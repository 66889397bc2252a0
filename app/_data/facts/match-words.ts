import { foldForSearch } from "../../_domain/search/fold-for-search";

/** Each word of the query (in Japanese or English) must occur in the row, after width/kana/case folding. */
export function matchWords(q: string | undefined) {
  return (q ?? "")
    .split(/[\s\u3000]+/u)
    .map(foldForSearch)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => ({ searchText: { contains: word } }));
}

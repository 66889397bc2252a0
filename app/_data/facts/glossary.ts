import type { Db } from "../prisma-client";
import { parseStringArray } from "../db-helpers/json-columns";
import { tagKeysOf, tagKeysSelect } from "../tags/tag-keys";
import { citationSelect, toCitation } from "./citation";
import { deckSubtreeIds } from "./deck-tree";
import { matchWords } from "./match-words";
import type { TermView } from "./types";

/** The glossary terms that match every word, in a deck and its sub-decks, in reading order. */
export async function listTerms(db: Db, query: { q?: string; deck?: string }): Promise<TermView[]> {
  const deckIds = query.deck ? await deckSubtreeIds(db, query.deck) : undefined;
  if (deckIds === null) return [];
  const rows = await db.term.findMany({
    where: { AND: [{ published: true }, ...matchWords(query.q), ...(deckIds ? [{ deckId: { in: deckIds } }] : [])] },
    select: {
      key: true,
      ja: true,
      readingJa: true,
      en: true,
      aliasesJa: true,
      aliasesEn: true,
      definitionJa: true,
      definitionEn: true,
      tags: tagKeysSelect,
      ...citationSelect,
    },
    orderBy: [{ readingJa: "asc" }, { ja: "asc" }],
  });
  return rows.map((row) => ({
    key: row.key,
    ja: row.ja,
    readingJa: row.readingJa,
    en: row.en,
    aliasesJa: parseStringArray(row.aliasesJa),
    aliasesEn: parseStringArray(row.aliasesEn),
    definitionJa: row.definitionJa,
    definitionEn: row.definitionEn,
    tags: tagKeysOf(row.tags),
    citation: toCitation(row, row.source),
  }));
}

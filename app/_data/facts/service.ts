import "server-only";
// The fact base as the pages read it: the deck tree, fact search, one fact, tags and the glossary.
// Everyone may read it, so nothing here asks who is asking. The work is in the modules beside this
// one, which take the database first so tests run them on SQLite and PostgreSQL. Reads are cached
// until the content changes (`invalidateContent()`), except free-text searches, whose keys are as
// many as visitors can type and would only push the browsing pages out of the cache.
import { db } from "../db";
import { cachedContent } from "../cache/content";
import { listDeckTree } from "./deck-tree";
import { searchFacts } from "./search-facts";
import { getFact } from "./get-fact";
import { listTagLabels, listTags } from "./list-tags";
import type { TagLabel } from "../tags/tag-keys";
import { listTerms } from "./glossary";
import type { DeckNode, FactPage, FactQuery, FactView, TermView } from "./types";

const isSearch = (q: string | undefined) => q !== undefined && q.trim() !== "";

export function loadDeckTree(): Promise<DeckNode[]> {
  return cachedContent("deckTree", () => listDeckTree(db));
}

export function findFacts(query: FactQuery): Promise<FactPage> {
  if (isSearch(query.q)) return searchFacts(db, query);
  const { deck, type, tag, page } = query;
  return cachedContent(`facts:${JSON.stringify([deck, type, tag, page])}`, () => searchFacts(db, query));
}

export function loadFact(key: string): Promise<FactView | null> {
  return cachedContent(`fact:${key}`, () => getFact(db, key));
}

export function loadTags(): Promise<string[]> {
  return cachedContent("tags", () => listTags(db));
}

/** The tags with their labels (pages show a tag by its label in the page's language). */
export function loadTagLabels(): Promise<TagLabel[]> {
  return listTagLabels(db);
}

export function findTerms(query: { q?: string; deck?: string }): Promise<TermView[]> {
  if (isSearch(query.q)) return listTerms(db, query);
  return cachedContent(`terms:${JSON.stringify([query.deck])}`, () => listTerms(db, query));
}

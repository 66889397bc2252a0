import "server-only";
// The fact base as the pages read it: the deck tree, fact search, one fact, tags and the glossary.
// Everyone may read it, so nothing here asks who is asking. The work is in the modules beside this
// one, which take the database first so tests run them on SQLite and PostgreSQL.
import { db } from "../db";
import { listDeckTree } from "./deck-tree";
import { searchFacts } from "./search-facts";
import { getFact } from "./get-fact";
import { listTagLabels, listTags } from "./list-tags";
import type { TagLabel } from "../tags/tag-keys";
import { listTerms } from "./glossary";
import type { DeckNode, FactPage, FactQuery, FactView, TermView } from "./types";

export function loadDeckTree(): Promise<DeckNode[]> {
  return listDeckTree(db);
}

export function findFacts(query: FactQuery): Promise<FactPage> {
  return searchFacts(db, query);
}

export function loadFact(key: string): Promise<FactView | null> {
  return getFact(db, key);
}

export function loadTags(): Promise<string[]> {
  return listTags(db);
}

/** The tags with their labels (pages show a tag by its label in the page's language). */
export function loadTagLabels(): Promise<TagLabel[]> {
  return listTagLabels(db);
}

export function findTerms(query: { q?: string; deck?: string }): Promise<TermView[]> {
  return listTerms(db, query);
}

import type { Db } from "../prisma-client";
import { ANSWER_TYPES, type AnswerType } from "../../_schemas/interchange";
import { deckSubtreeIds } from "./deck-tree";
import { factSelect, toFactView } from "./fact-view";
import { matchWords } from "./match-words";
import { FACTS_PAGE_SIZE, type FactPage, type FactQuery } from "./types";

/** One page of the facts that match every word, the deck (with its sub-decks), answer type and tag. */
export async function searchFacts(db: Db, query: FactQuery): Promise<FactPage> {
  const deckIds = query.deck ? await deckSubtreeIds(db, query.deck) : undefined;
  if (deckIds === null) return { items: [], total: 0, page: 1, pageCount: 0 };
  const where = {
    AND: [
      { published: true },
      ...matchWords(query.q),
      ...(deckIds ? [{ deckId: { in: deckIds } }] : []),
      ...(query.type && (ANSWER_TYPES as readonly string[]).includes(query.type) ? [{ answerType: query.type as AnswerType }] : []),
      ...(query.tag ? [{ tags: { some: { tag: { key: query.tag } } } }] : []),
    ],
  };
  const total = await db.fact.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / FACTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, query.page ?? 1), pageCount);
  const rows = await db.fact.findMany({
    where,
    select: factSelect,
    orderBy: [{ paragraph: "asc" }, { position: "asc" }],
    skip: (page - 1) * FACTS_PAGE_SIZE,
    take: FACTS_PAGE_SIZE,
  });
  return { items: rows.map(toFactView), total, page, pageCount };
}

import type { Db } from "../prisma-client";
import type { DeckNode } from "./types";
import { deckSubtree } from "../../_domain/decks/deck-subtree";

/** Decks in tree order (parents before children) with the number of facts and terms in each subtree. */
export async function listDeckTree(db: Db): Promise<DeckNode[]> {
  const decks = await db.deck.findMany({
    orderBy: [{ position: "asc" }, { key: "asc" }],
    include: { _count: { select: { facts: true, terms: true } } },
  });
  const children = new Map<string | null, typeof decks>();
  for (const deck of decks) {
    const siblings = children.get(deck.parentId) ?? [];
    siblings.push(deck);
    children.set(deck.parentId, siblings);
  }
  const out: DeckNode[] = [];
  const visit = (parentId: string | null, depth: number): { facts: number; terms: number } => {
    let facts = 0;
    let terms = 0;
    for (const deck of children.get(parentId) ?? []) {
      const node: DeckNode = {
        key: deck.key,
        nameJa: deck.nameJa,
        nameEn: deck.nameEn,
        descriptionJa: deck.descriptionJa,
        descriptionEn: deck.descriptionEn,
        depth,
        factCount: deck._count.facts,
        termCount: deck._count.terms,
      };
      out.push(node);
      const below = visit(deck.id, depth + 1);
      node.factCount += below.facts;
      node.termCount += below.terms;
      facts += node.factCount;
      terms += node.termCount;
    }
    return { facts, terms };
  };
  visit(null, 0);
  return out;
}

/** The ids of a deck and all decks below it; null for an unknown deck. */
export async function deckSubtreeIds(db: Db, deckKey: string): Promise<string[] | null> {
  const decks = await db.deck.findMany({ select: { id: true, key: true, parentId: true } });
  const root = decks.find((d) => d.key === deckKey);
  if (!root) return null;
  return [...deckSubtree(decks, [root.id])];
}

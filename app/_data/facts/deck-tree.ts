import type { Db } from "../prisma-client";
import type { DeckNode } from "./types";
import { deckTreeOrder, decksUnder } from "../../_domain/decks/deck-tree";

/** Decks in tree order (parents before children) with the number of facts and terms in each subtree. */
export async function listDeckTree(db: Db): Promise<DeckNode[]> {
  const decks = await db.deck.findMany({
    orderBy: [{ position: "asc" }, { key: "asc" }],
    include: { _count: { select: { facts: true, terms: true } } },
  });
  const order = deckTreeOrder(decks);
  const total = (from: number, to: number, count: (c: { facts: number; terms: number }) => number) =>
    order.slice(from, to).reduce((n, place) => n + count(place.deck._count), 0);
  return order.map(({ deck, depth, end }, i) => ({
    key: deck.key,
    nameJa: deck.nameJa,
    nameEn: deck.nameEn,
    descriptionJa: deck.descriptionJa,
    descriptionEn: deck.descriptionEn,
    depth,
    factCount: total(i, end, (c) => c.facts),
    termCount: total(i, end, (c) => c.terms),
  }));
}

/** The ids of a deck and all decks below it; null for an unknown deck. */
export async function deckSubtreeIds(db: Db, deckKey: string): Promise<string[] | null> {
  const decks = await db.deck.findMany({ select: { id: true, key: true, parentId: true } });
  return decksUnder(decks, [deckKey])?.map((d) => d.id) ?? null;
}

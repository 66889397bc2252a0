// Which cards a study session covers: the chosen decks and everything below them.
import type { Db } from "../prisma-client";
import { decksUnder } from "../../_domain/decks/deck-tree";

export type DeckScope =
  | { all: true; deckKeys: string[] }
  /** The decks by id, sub-decks included. Cards carry their fact or term, whose deck decides. */
  | { all: false; deckKeys: string[]; deckIds: string[] };

/**
 * Resolves deck keys (unknown ones are dropped). No keys, or keys that cover every deck, mean the whole
 * collection, which needs no filter at all. Null when keys were given but none exists.
 */
export async function resolveDeckScope(db: Db, deckKeys: readonly string[]): Promise<DeckScope | null> {
  if (deckKeys.length === 0) return { all: true, deckKeys: [] };
  const decks = await db.deck.findMany({ select: { id: true, key: true, parentId: true } });
  const covered = decksUnder(decks, deckKeys);
  if (!covered) return null;
  const keys = decks.filter((d) => deckKeys.includes(d.key)).map((d) => d.key);
  if (covered.length === decks.length) return { all: true, deckKeys: keys };
  return { all: false, deckKeys: keys, deckIds: covered.map((d) => d.id) };
}

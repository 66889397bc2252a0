// Decks nest through parentId. Every walk of that tree is here, so the fact pages, study, the quiz pool,
// progress and export agree on what "tree order" and "a deck and everything below it" mean.
export type DeckLink = { id: string; parentId: string | null };

export type DeckPlace<T> = {
  deck: T;
  /** 0 for a top-level deck. */
  depth: number;
  /** The index just after the deck's last descendant: its subtree is order.slice(index, end). */
  end: number;
};

function childrenByParent<T extends DeckLink>(decks: readonly T[]): Map<string | null, T[]> {
  const children = new Map<string | null, T[]>();
  for (const deck of decks) {
    const siblings = children.get(deck.parentId) ?? [];
    siblings.push(deck);
    children.set(deck.parentId, siblings);
  }
  return children;
}

/**
 * The one walk: depth first below `parentId`, each deck once (`seen` also stops a cycle of a broken tree).
 * `leave` is called when everything below the deck has been visited.
 */
function walkBelow<T extends DeckLink>(
  children: Map<string | null, T[]>,
  parentId: string | null,
  depth: number,
  seen: Set<string>,
  enter: (deck: T, depth: number) => void,
  leave: (deck: T) => void = () => {},
): void {
  for (const deck of children.get(parentId) ?? []) {
    if (seen.has(deck.id)) continue;
    seen.add(deck.id);
    enter(deck, depth);
    walkBelow(children, deck.id, depth + 1, seen, enter, leave);
    leave(deck);
  }
}

/**
 * Decks in tree order: each deck before its children, siblings in the order given. Decks that no
 * top-level deck leads to (a broken tree) follow at depth 0, with whatever hangs below them.
 */
export function deckTreeOrder<T extends DeckLink>(decks: readonly T[]): DeckPlace<T>[] {
  const children = childrenByParent(decks);
  const order: DeckPlace<T>[] = [];
  const placeOf = new Map<string, DeckPlace<T>>();
  const enter = (deck: T, depth: number) => {
    const place = { deck, depth, end: order.length + 1 };
    order.push(place);
    placeOf.set(deck.id, place);
  };
  const leave = (deck: T) => void (placeOf.get(deck.id)!.end = order.length);
  const seen = new Set<string>();
  walkBelow(children, null, 0, seen, enter, leave);
  for (const deck of decks)
    if (!seen.has(deck.id)) {
      seen.add(deck.id);
      enter(deck, 0);
      walkBelow(children, deck.id, 1, seen, enter, leave);
      leave(deck);
    }
  return order;
}

/** The ids of the given decks and of every deck below them. */
export function deckSubtree(decks: readonly DeckLink[], rootIds: Iterable<string>): Set<string> {
  const children = childrenByParent(decks);
  const ids = new Set<string>();
  for (const id of rootIds) {
    if (ids.has(id)) continue;
    ids.add(id);
    walkBelow(children, id, 1, ids, () => {});
  }
  return ids;
}

/** The decks with these keys and every deck below them, in the order given; null when none of the keys exists. */
export function decksUnder<T extends DeckLink & { key: string }>(decks: readonly T[], keys: readonly string[]): T[] | null {
  const roots = decks.filter((d) => keys.includes(d.key)).map((d) => d.id);
  if (roots.length === 0) return null;
  const ids = deckSubtree(decks, roots);
  return decks.filter((d) => ids.has(d.id));
}

/** The ids of the given decks and of every deck below them (decks nest through parentId). */
export function deckSubtree(decks: ReadonlyArray<{ id: string; parentId: string | null }>, rootIds: Iterable<string>): Set<string> {
  const ids = new Set(rootIds);
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of decks)
      if (d.parentId && ids.has(d.parentId) && !ids.has(d.id)) {
        ids.add(d.id);
        grew = true;
      }
  }
  return ids;
}

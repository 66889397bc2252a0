// Cards are made lazily: when a user starts studying decks, the missing cards of those decks in the
// learner's enabled directions are created in one batch (a guest who never studies costs no rows).
import type { Db } from "../prisma-client";
import { newCardState } from "../../_domain/srs/card-state";
import { deckTreeOrder } from "../../_domain/decks/deck-tree";
import { parseDirections, TERM_DIRECTIONS, type CardDirection } from "../../_schemas/study";
import type { DeckScope } from "./deck-scope";
import { isUniqueViolation } from "../db-helpers/prisma-errors";
import { chunks, IN_LIST_LIMIT } from "../db-helpers/chunks";

export type NoteRef = { noteKey: string; factId: string | null; termId: string | null };


/** Facts and terms of the scope in study order: deck tree order, then facts in source order, then terms. */
export async function notesInScope(db: Db, scope: DeckScope): Promise<NoteRef[]> {
  // Drafts never become cards.
  const deckWhere = { published: true, ...(scope.all ? {} : { deckId: { in: scope.deckIds } }) };
  const [decks, facts, terms] = await Promise.all([
    db.deck.findMany({ select: { id: true, parentId: true }, orderBy: [{ position: "asc" }, { key: "asc" }] }),
    db.fact.findMany({ where: deckWhere, select: { id: true, deckId: true }, orderBy: [{ paragraph: "asc" }, { position: "asc" }, { key: "asc" }] }),
    db.term.findMany({ where: deckWhere, select: { id: true, deckId: true }, orderBy: [{ position: "asc" }, { key: "asc" }] }),
  ]);
  const rank = new Map(deckTreeOrder(decks).map((place, i) => [place.deck.id, i]));
  const notes = [
    ...facts.map((f, i) => ({ deck: rank.get(f.deckId) ?? 0, kind: 0, i, ref: { noteKey: `fact:${f.id}`, factId: f.id, termId: null } })),
    ...terms.map((t, i) => ({ deck: rank.get(t.deckId) ?? 0, kind: 1, i, ref: { noteKey: `term:${t.id}`, factId: null, termId: t.id } })),
  ];
  notes.sort((a, b) => a.deck - b.deck || a.kind - b.kind || a.i - b.i);
  return notes.map((n) => n.ref);
}

export function directionsFor(note: NoteRef, enabled: readonly CardDirection[]): CardDirection[] {
  return note.termId ? enabled.filter((d) => TERM_DIRECTIONS.includes(d)) : [...enabled];
}

/**
 * Creates the learner's missing cards for a scope. New cards are introduced in the order of their `due`
 * (ts-fsrs ignores the due date of a new card), so each is given `now` plus its position in milliseconds:
 * a note's directions are adjacent, and the sibling rule spreads them over consecutive days.
 */
export async function ensureCards(
  db: Db,
  user: { id: string; directions: string },
  scope: DeckScope,
  now = new Date(),
): Promise<{ created: number }> {
  const enabled = parseDirections(user.directions);
  const notes = await notesInScope(db, scope);
  for (let attempt = 0; ; attempt++) {
    const existing = new Set<string>();
    for (const part of chunks(notes)) {
      const rows = await db.card.findMany({
        where: { userId: user.id, noteKey: { in: part.map((n) => n.noteKey) } },
        select: { noteKey: true, direction: true },
      });
      for (const r of rows) existing.add(`${r.noteKey}|${r.direction}`);
    }
    const fresh = newCardState(now);
    const missing = notes.flatMap((note) =>
      directionsFor(note, enabled)
        .filter((direction) => !existing.has(`${note.noteKey}|${direction}`))
        .map((direction) => ({ ...note, direction })),
    );
    if (missing.length === 0) return { created: 0 };
    try {
      await db.$transaction(
        chunks(missing).map((part, c) =>
          db.card.createMany({
            data: part.map((m, i) => ({
              userId: user.id,
              noteKey: m.noteKey,
              factId: m.factId,
              termId: m.termId,
              direction: m.direction,
              ...fresh,
              due: new Date(now.getTime() + c * IN_LIST_LIMIT + i),
            })),
          }),
        ),
      );
      return { created: missing.length };
    } catch (error) {
      // Another request (a second tab) created some of them first: read again and add the rest.
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}

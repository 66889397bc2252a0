// Cards are made as they are introduced: the study queue asks for as many new notes (facts or terms) as
// the day's new-card limit still lets in, and only those get cards (one per enabled direction). So a
// first session of three answers stores a handful of cards, not the whole deck. Starting a session adds
// the directions enabled since a note was introduced.
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

type CardData = { noteKey: string; factId: string | null; termId: string | null; direction: CardDirection };

/** Creates cards, a note's directions adjacent, in the order given (ts-fsrs ignores a new card's due date: it is the order of introduction). */
async function createCards(db: Db, userId: string, cards: CardData[], now: Date): Promise<number> {
  if (cards.length === 0) return 0;
  const fresh = newCardState(now);
  await db.$transaction(
    chunks(cards).map((part, c) =>
      db.card.createMany({
        data: part.map((m, i) => ({
          userId,
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
  return cards.length;
}

/** Runs a creation; when another request (a second tab) created some of the same cards first, reads again and retries. */
async function withRaceRetry(create: () => Promise<number>): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}

/** The notes (of all decks) the user already has cards for, with the directions they have. */
async function introducedNotes(db: Db, userId: string): Promise<Map<string, Set<string>>> {
  const rows = await db.card.findMany({ where: { userId }, select: { noteKey: true, direction: true } });
  const notes = new Map<string, Set<string>>();
  for (const r of rows) {
    let directions = notes.get(r.noteKey);
    if (!directions) notes.set(r.noteKey, (directions = new Set()));
    directions.add(r.direction);
  }
  return notes;
}

/**
 * When a session starts: the cards missing in the learner's enabled directions for the notes of the scope
 * already introduced (a direction enabled in the settings since). New notes are left to the queue.
 */
export async function ensureCards(
  db: Db,
  user: { id: string; directions: string },
  scope: DeckScope,
  now = new Date(),
): Promise<{ created: number }> {
  const enabled = parseDirections(user.directions);
  const created = await withRaceRetry(async () => {
    const [notes, introduced] = await Promise.all([notesInScope(db, scope), introducedNotes(db, user.id)]);
    const missing = notes.flatMap((note) => {
      const has = introduced.get(note.noteKey);
      return has ? directionsFor(note, enabled).filter((d) => !has.has(d)).map((direction) => ({ ...note, direction })) : [];
    });
    return createCards(db, user.id, missing, now);
  });
  return { created };
}

/**
 * Introduces up to `count` notes of the scope that the user has no card for yet, in study order, with a
 * card in each enabled direction; the number of notes introduced (0 when the scope has none left).
 */
export async function introduceNotes(
  db: Db,
  user: { id: string; directions: string },
  scope: DeckScope,
  count: number,
  now = new Date(),
): Promise<number> {
  if (count <= 0) return 0;
  const enabled = parseDirections(user.directions);
  let introducedCount = 0;
  await withRaceRetry(async () => {
    const [notes, introduced] = await Promise.all([notesInScope(db, scope), introducedNotes(db, user.id)]);
    const next = notes.filter((note) => !introduced.has(note.noteKey) && directionsFor(note, enabled).length > 0).slice(0, count);
    introducedCount = next.length;
    return createCards(db, user.id, next.flatMap((note) => directionsFor(note, enabled).map((direction) => ({ ...note, direction }))), now);
  });
  return introducedCount;
}

/** How many notes of the scope the user has no card for yet (in the enabled directions). */
export async function notesToIntroduce(db: Db, user: { id: string; directions: string }, scope: DeckScope): Promise<number> {
  const enabled = parseDirections(user.directions);
  const [notes, introduced] = await Promise.all([notesInScope(db, scope), introducedNotes(db, user.id)]);
  return notes.filter((note) => !introduced.has(note.noteKey) && directionsFor(note, enabled).length > 0).length;
}

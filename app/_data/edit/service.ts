import "server-only";
// The editing feature's entry points for pages and actions. Actions pass the user the action wrapper
// resolved (and checked as an editor); the writes check again, so no other path can write content.
// Every successful write goes through afterContentChange, the one place that refreshes what readers see.
import { invalidateContent } from "../cache/content";
import { db } from "../db";
import { getCurrentUser, type User } from "../auth/current-user";
import { can } from "../auth/roles";
import type { DeckEditInput, EntityEditInput, FactEditInput, SourceEditInput, TermEditInput } from "../../_schemas/edit";
import type { EditOutcome } from "./editor";
import { deleteFact, readStoredFact, saveFact } from "./fact-writes";
import { deleteSource, readStoredSource, saveSource } from "./source-writes";
import { revertRevision } from "./revert";
import { listAllTags, saveTag } from "./tag-writes";
import { deleteRecord, readStoredDeck, readStoredEntity, readStoredTerm, saveDeck, saveEntity, saveTerm } from "./record-writes";
import type { TagRecord } from "../../_schemas/interchange";
import { listRevisions } from "./revisions";
import { listDecks, listEditableFacts, listSources, type EditFilter } from "./content-reads";
import { previewQuestions } from "./preview";
import { suggestReading } from "./readings";

/** Drops every cached content read (on this instance and, through the broker, on every other one). */
export async function afterContentChange(): Promise<void> {
  await invalidateContent();
}

async function changed<T>(outcome: Promise<EditOutcome<T>>): Promise<EditOutcome<T>> {
  const result = await outcome;
  if (result.ok) await afterContentChange();
  return result;
}

export const saveFactAs = (user: User | null, input: FactEditInput) => changed(saveFact(db, user, input));
export const deleteFactAs = (user: User | null, key: string) => changed(deleteFact(db, user, key));
export const saveSourceAs = (user: User | null, input: SourceEditInput) => changed(saveSource(db, user, input));
export const deleteSourceAs = (user: User | null, key: string) => changed(deleteSource(db, user, key));
export const saveTagAs = (user: User | null, input: TagRecord) => changed(saveTag(db, user, input));
export const saveDeckAs = (user: User | null, input: DeckEditInput) => changed(saveDeck(db, user, input));
export const saveEntityAs = (user: User | null, input: EntityEditInput) => changed(saveEntity(db, user, input));
export const saveTermAs = (user: User | null, input: TermEditInput) => changed(saveTerm(db, user, input));
export const deleteRecordAs = (user: User | null, kind: "deck" | "entity" | "term", key: string) => changed(deleteRecord(db, user, kind, key));
export const revertRevisionAs = (user: User | null, revisionId: string) => changed(revertRevision(db, user, revisionId));

/** The signed-in editor, or null (pages show their "editors only" notice). */
export async function currentEditor(): Promise<User | null> {
  const user = await getCurrentUser();
  return user && can(user.role, "editContent") ? user : null;
}

export async function loadEditIndex(query: { q?: string; filter: EditFilter }) {
  if (!(await currentEditor())) return null;
  const [facts, sources] = await Promise.all([listEditableFacts(db, query), listSources(db)]);
  return { facts, sources };
}

export async function loadFactEditor(key: string | null) {
  if (!(await currentEditor())) return null;
  const [fact, sources, decks, revisions] = await Promise.all([
    key ? readStoredFact(db, key) : null,
    listSources(db),
    listDecks(db),
    key ? listRevisions(db, "fact", key) : [],
  ]);
  return { fact, sources, decks, revisions };
}

export async function loadSourceEditor(key: string | null) {
  if (!(await currentEditor())) return null;
  const [source, revisions, sources] = await Promise.all([
    key ? readStoredSource(db, key) : null,
    key ? listRevisions(db, "source", key) : [],
    listSources(db),
  ]);
  return { source, revisions, sources };
}

/** The questions of every type the quiz would make from a fact, in the page's language. */
export async function previewFactQuestions(key: string, locale: "ja" | "en") {
  if (!(await currentEditor())) return null;
  return previewQuestions(db, key, locale === "ja" ? "ja-ja" : "en-en");
}

export async function loadTagEditor() {
  if (!(await currentEditor())) return null;
  return listAllTags(db);
}

/** A furigana suggestion (the caller is checked by the action wrapper: editors only). */
export function suggestReadingFor(text: string): Promise<string> {
  return suggestReading(text);
}

/** What the deck, entity or term form needs: the record (null: a new one), its history and the choices. */
export async function loadRecordEditor(kind: "deck" | "entity" | "term", key: string | null) {
  if (!(await currentEditor())) return null;
  const read = kind === "deck" ? readStoredDeck : kind === "entity" ? readStoredEntity : readStoredTerm;
  const [record, revisions, sources, decks] = await Promise.all([
    key ? read(db, key) : null,
    key ? listRevisions(db, kind, key) : [],
    listSources(db),
    listDecks(db),
  ]);
  return { record, revisions, sources, decks };
}

export async function loadRecordLists() {
  if (!(await currentEditor())) return null;
  const [decks, entities, terms] = await Promise.all([
    listDecks(db),
    db.entity.findMany({ select: { key: true, nameJa: true, nameEn: true }, orderBy: { key: "asc" }, take: 500 }),
    db.term.findMany({ select: { key: true, ja: true, en: true, published: true }, orderBy: { key: "asc" }, take: 500 }),
  ]);
  return { decks, entities, terms };
}

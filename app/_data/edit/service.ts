import "server-only";
// The editing feature's entry points for pages and actions. Actions pass the user the action wrapper
// resolved (and checked as an editor); the writes check again, so no other path can write content.
// Every successful write goes through afterContentChange, the one place that refreshes what readers see.
import { revalidatePath } from "next/cache";
import { db } from "../db";
import { getCurrentUser, type User } from "../auth/current-user";
import { can } from "../auth/roles";
import type { FactEditInput, SourceEditInput } from "../../_schemas/edit";
import type { EditOutcome } from "./editor";
import { deleteFact, readStoredFact, saveFact } from "./fact-writes";
import { deleteSource, readStoredSource, saveSource } from "./source-writes";
import { revertRevision } from "./revert";
import { listRevisions } from "./revisions";
import { listDecks, listEditableFacts, listSources, type EditFilter } from "./content-reads";
import { previewQuestions } from "./preview";

/** After any content write: the pages that show content are rendered afresh. */
export function afterContentChange(): void {
  revalidatePath("/[locale]/facts", "layout");
  revalidatePath("/[locale]/glossary", "page");
  revalidatePath("/[locale]/edit", "layout");
}

async function changed<T>(outcome: Promise<EditOutcome<T>>): Promise<EditOutcome<T>> {
  const result = await outcome;
  if (result.ok) afterContentChange();
  return result;
}

export const saveFactAs = (user: User | null, input: FactEditInput) => changed(saveFact(db, user, input));
export const deleteFactAs = (user: User | null, key: string) => changed(deleteFact(db, user, key));
export const saveSourceAs = (user: User | null, input: SourceEditInput) => changed(saveSource(db, user, input));
export const deleteSourceAs = (user: User | null, key: string) => changed(deleteSource(db, user, key));
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

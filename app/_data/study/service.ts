import "server-only";
// The study feature's entry points for pages and actions: the real work is in the modules beside this
// one (each takes the database first, so tests run it on SQLite and PostgreSQL); these bind the app's db.
import { db } from "../db";
import { resolveDeckScope } from "./deck-scope";
import { ensureCards } from "./ensure-cards";
import { computeStudyQueue, getStudyQueue, type QueueView } from "./queue";
import { storeReview, undoLatestReview, type ReviewRequest, type UndoRequest } from "./review";
import { getProgress } from "./progress";
import type { StudyUser } from "./study-user";

/**
 * Makes the user's cards for the decks; the resolved deck keys, or null when none exists. `startUser`
 * (a guest is made on first use) is called only once the decks are known to exist.
 */
export async function prepareStudy(startUser: () => Promise<StudyUser>, deckKeys: string[]): Promise<string[] | null> {
  const scope = await resolveDeckScope(db, deckKeys);
  if (!scope) return null;
  await ensureCards(db, await startUser(), scope);
  return scope.deckKeys;
}

/** The queue for decks (all when empty); null when the decks do not exist. */
export async function loadQueue(learner: StudyUser, deckKeys: string[], preferCardId?: string): Promise<QueueView | null> {
  const scope = await resolveDeckScope(db, deckKeys);
  return scope ? getStudyQueue(db, learner, scope, { preferCardId }) : null;
}

/** How much is left today over all decks, for the study page. */
export async function loadTodayCounts(learner: StudyUser): Promise<QueueView["counts"]> {
  return (await computeStudyQueue(db, learner, { all: true, deckKeys: [] }, new Date(), false)).counts;
}

export const recordReview = (learner: StudyUser, request: ReviewRequest) => storeReview(db, learner, request);
export const takeBackReview = (learner: StudyUser, request: UndoRequest) => undoLatestReview(db, learner, request);
export const loadProgress = (learner: StudyUser) => getProgress(db, learner);

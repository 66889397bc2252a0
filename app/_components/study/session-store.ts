"use client";
// A study session outlives the page that shows it: switching the language renders the review page anew
// (a new component), as do "keep studying" and a reload. The session has an id in the page's URL (the
// language switcher keeps the query), and its tally and undo history are kept in the tab's session
// storage under that id. Opening the review page from the study page starts a new session (no id yet).
import type { SavedSession, SessionStore } from "./use-review-session";
import { newRequestId } from "./request-id";

export const SESSION_PARAM = "session";
const KEY_PREFIX = "study-session:";
const ID = /^[a-f0-9]{32}$/;

function isSaved(value: unknown): value is SavedSession {
  const v = value as SavedSession;
  return (
    typeof v === "object" &&
    v !== null &&
    Array.isArray(v.tally) &&
    v.tally.length === 4 &&
    v.tally.every((n) => Number.isInteger(n) && n >= 0) &&
    Array.isArray(v.history) &&
    v.history.every((h) => typeof h?.reviewId === "string" && [1, 2, 3, 4].includes(h.rating)) &&
    typeof v.startedAt === "number"
  );
}

/** This page's session id, given to the URL (without a navigation) when it has none yet. */
export function currentSessionId(): string {
  const url = new URL(window.location.href);
  const existing = url.searchParams.get(SESSION_PARAM);
  if (existing && ID.test(existing)) return existing;
  const id = newRequestId();
  url.searchParams.set(SESSION_PARAM, id);
  // Next.js syncs its router (and useSearchParams) with a replaceState of its own state-less form (null):
  // passing its internal state object would make it skip the sync, and the language links would lose the id.
  window.history.replaceState(null, "", url);
  return id;
}

export function sessionStorageStore(id: string, storage: Storage = window.sessionStorage): SessionStore {
  const key = KEY_PREFIX + id;
  return {
    load() {
      try {
        const value: unknown = JSON.parse(storage.getItem(key) ?? "null");
        return isSaved(value) ? value : null;
      } catch {
        return null;
      }
    },
    save(session) {
      try {
        storage.setItem(key, JSON.stringify(session));
      } catch {
        // Storage full or refused (private mode): the session simply does not outlive the page.
      }
    },
  };
}

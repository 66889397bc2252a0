"use client";
// The review loop's state: the card shown, whether its answer is revealed, one request at a time, the
// history for undo, the tally, what to announce, and the keys (Space/Enter reveal, 1–4 rate, Z undo).
// The actions are passed in, so tests drive this hook with results they control.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { QueueView } from "@/app/_data/study/queue";
import type { Grade } from "@/app/_domain/srs/review-log";
import type { StudyErrorCode } from "@/app/_schemas/study";
import type { SubmitReviewOutcome } from "@/app/_actions/study/submit-review";
import type { UndoReviewOutcome } from "@/app/_actions/study/undo-review";
import type { Tally } from "./SessionSummary";
import { newRequestId } from "./request-id";

export type ReviewErrorCode = StudyErrorCode | "network";

export type ReviewActions = {
  submit: (input: { cardId: string; rating: Grade; requestId: string; durationMs: number; decks: string[] }) => Promise<SubmitReviewOutcome>;
  undo: (input: { reviewId: string; requestId: string; decks: string[] }) => Promise<UndoReviewOutcome>;
  /** Before each retry of a failed connection (attempt 0, 1): waits a little by default. */
  pauseBeforeRetry?: (attempt: number) => Promise<void>;
};

const pause = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, 400 * (attempt + 1)));

/** Calls an action, retrying a failed connection twice; null when it never got through. */
async function withRetry<T>(call: () => Promise<T>, pauseBeforeRetry: (attempt: number) => Promise<void>): Promise<T | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await call();
    } catch {
      if (attempt < 2) await pauseBeforeRetry(attempt);
    }
  }
  return null;
}

/** What a session keeps across a remount of the page (a language switch, "keep studying", a reload). */
export type SavedSession = { tally: Tally; history: Array<{ reviewId: string; rating: Grade }>; startedAt: number };
export type SessionStore = { load: () => SavedSession | null; save: (session: SavedSession) => void };

export const cardsLeft = (view: QueueView) => view.counts.new + view.counts.learning + view.counts.review;

export function useReviewSession({
  initial,
  decks,
  actions,
  store,
}: {
  initial: QueueView;
  decks: string[];
  actions: ReviewActions;
  /** Where the tally and undo history outlive the component (the page is rendered anew on a language switch). */
  store?: SessionStore;
}) {
  const t = useTranslations("Study");
  const [view, setView] = useState(initial);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ReviewErrorCode | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [finished, setFinished] = useState(initial.card === null);
  const [history, setHistory] = useState<Array<{ reviewId: string; rating: Grade }>>([]);
  const [tally, setTally] = useState<Tally>([0, 0, 0, 0]);
  const startedAt = useRef(Date.now());
  const shownAt = useRef(Date.now());
  const requestId = useRef(newRequestId());
  const moved = useRef(false);
  // Two key presses can land before React re-renders: one request at a time, whatever the state says.
  const inFlight = useRef(false);
  const frontRef = useRef<HTMLDivElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const pauseBeforeRetry = actions.pauseBeforeRetry ?? pause;
  const [restored, setRestored] = useState(false);

  // Read after mounting (the server has no session storage, and the first render must match its HTML).
  useEffect(() => {
    if (!store) return;
    const saved = store.load();
    if (saved) {
      setTally(saved.tally);
      setHistory(saved.history);
      startedAt.current = saved.startedAt;
    }
    setRestored(true);
  }, [store]);

  useEffect(() => {
    if (restored) store?.save({ tally, history, startedAt: startedAt.current });
  }, [store, restored, tally, history]);

  // Keyboard users keep their place: focus follows the card (not on first load, which would skip the page).
  useEffect(() => {
    if (!moved.current) return;
    if (finished) document.getElementById("summary-heading")?.focus();
    else (revealed ? answerRef : frontRef).current?.focus({ preventScroll: false });
  }, [view, revealed, finished]);

  const show = useCallback((next: QueueView) => {
    setView(next);
    setRevealed(false);
    shownAt.current = Date.now();
    requestId.current = newRequestId();
    if (!next.card) setFinished(true);
  }, []);

  const reveal = useCallback(() => {
    if (!view.card || revealed || finished) return;
    moved.current = true;
    setRevealed(true);
    setAnnouncement(t("review.shown"));
  }, [view.card, revealed, finished, t]);

  const rate = useCallback(
    async (rating: Grade) => {
      if (!view.card || !revealed || finished || inFlight.current) return;
      moved.current = true;
      inFlight.current = true;
      setBusy(true);
      setError(null);
      const input = { cardId: view.card.id, rating, requestId: requestId.current, durationMs: Date.now() - shownAt.current, decks };
      const result = await withRetry(() => actions.submit(input), pauseBeforeRetry);
      inFlight.current = false;
      setBusy(false);
      if (!result) return setError("network"); // the same request id is sent again on the next try
      if (!result.ok) {
        setError(result.error);
        if (result.next) show(result.next);
        return;
      }
      setHistory((h) => [...h, { reviewId: result.reviewId, rating }]);
      setTally((old) => old.map((n, i) => (i === rating - 1 ? n + 1 : n)) as Tally);
      show(result.next);
      setAnnouncement(t("review.saved", { left: cardsLeft(result.next) }));
    },
    [view.card, revealed, finished, decks, show, t, actions, pauseBeforeRetry],
  );

  const undo = useCallback(async () => {
    const last = history.at(-1);
    if (!last || inFlight.current) return;
    moved.current = true;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    const input = { reviewId: last.reviewId, requestId: newRequestId(), decks };
    const result = await withRetry(() => actions.undo(input), pauseBeforeRetry);
    inFlight.current = false;
    setBusy(false);
    if (!result) return setError("network");
    if (!result.ok) {
      setError(result.error);
      if (result.error !== "conflict") setHistory((h) => h.slice(0, -1));
      return;
    }
    setHistory((h) => h.slice(0, -1));
    setTally((old) => old.map((n, i) => (i === last.rating - 1 ? Math.max(0, n - 1) : n)) as Tally);
    setFinished(false);
    show(result.next);
    setAnnouncement(t("review.undone"));
  }, [history, decks, show, t, actions, pauseBeforeRetry]);

  const finish = useCallback(() => {
    moved.current = true;
    setFinished(true);
  }, []);

  const keys = useRef({ reveal, rate, undo });
  keys.current = { reveal, rate, undo };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const onControl = !!target?.closest("button, a, summary, [role='button']");
      if (event.key === " " || event.key === "Enter") {
        if (onControl) return; // the focused control does its own thing
        event.preventDefault();
        keys.current.reveal();
      } else if (event.key >= "1" && event.key <= "4") {
        event.preventDefault();
        void keys.current.rate(Number(event.key) as Grade);
      } else if (event.key === "z" || event.key === "Z") {
        event.preventDefault();
        void keys.current.undo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return {
    view,
    revealed,
    busy,
    error,
    announcement,
    finished,
    tally,
    canUndo: history.length > 0,
    minutesSoFar: () => Math.round((Date.now() - startedAt.current) / 60_000),
    frontRef,
    answerRef,
    reveal,
    rate,
    undo,
    finish,
    resume: () => setFinished(false),
    dismissError: () => setError(null),
  };
}

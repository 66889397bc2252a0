"use client";
// The review loop: the one client component of studying. Every answer is stored by the server before the
// next card appears; a retried answer reuses its request id, so it is never counted twice.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/app/_i18n/navigation";
import { submitReview } from "@/app/_actions/study/submit-review";
import { undoReview } from "@/app/_actions/study/undo-review";
import type { QueueView } from "@/app/_data/study/queue";
import type { Grade } from "@/app/_domain/srs/review-log";
import type { StudyErrorCode } from "@/app/_schemas/study";
import { newRequestId } from "./request-id";
import { StudyCard } from "./StudyCard";
import { RatingButtons } from "./RatingButtons";
import { SessionSummary, type Tally } from "./SessionSummary";
import styles from "./study.module.css";

type ErrorCode = StudyErrorCode | "network";

/** Calls an action, retrying a failed connection twice; null when it never got through. */
async function withRetry<T>(call: () => Promise<T>): Promise<T | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await call();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 400 * (attempt + 1)));
    }
  }
  return null;
}

const left = (view: QueueView) => view.counts.new + view.counts.learning + view.counts.review;

export function ReviewSession({ initial, decks, learnerTimeZone }: { initial: QueueView; decks: string[]; learnerTimeZone: string }) {
  const t = useTranslations("Study");
  const router = useRouter();
  const [view, setView] = useState(initial);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
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
      const result = await withRetry(() => submitReview(input));
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
      setAnnouncement(t("review.saved", { left: left(result.next) }));
    },
    [view.card, revealed, finished, decks, show, t],
  );

  const undo = useCallback(async () => {
    const last = history.at(-1);
    if (!last || inFlight.current) return;
    moved.current = true;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    const input = { reviewId: last.reviewId, requestId: newRequestId(), decks };
    const result = await withRetry(() => undoReview(input));
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
  }, [history, decks, show, t]);

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

  const card = view.card;
  return (
    <div className={styles.session}>
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {error && (
        <div role="alert" className={`alert ${styles.error}`}>
          <p>{t(`errors.${error}`)}</p>
        </div>
      )}
      {finished || !card ? (
        <SessionSummary
          tally={tally}
          minutes={Math.round((Date.now() - startedAt.current) / 60_000)}
          view={view}
          timeZone={learnerTimeZone}
          onResume={card ? () => setFinished(false) : left(view) > 0 || view.nextLearningDue ? () => router.refresh() : null}
        />
      ) : (
        <>
          <div role="group" aria-label={t("review.countsLabel")}>
            <dl className={styles.counts}>
              <div className={styles.countNew}>
                <dt>{t("review.new")}</dt>
                <dd>{view.counts.new}</dd>
              </div>
              <div className={styles.countLearning}>
                <dt>{t("review.learning")}</dt>
                <dd>{view.counts.learning}</dd>
              </div>
              <div className={styles.countReview}>
                <dt>{t("review.review")}</dt>
                <dd>{view.counts.review}</dd>
              </div>
            </dl>
          </div>
          <article className={`card ${styles.card}`} aria-label={t("review.cardLabel")} aria-busy={busy}>
            <StudyCard card={card} revealed={revealed} frontRef={frontRef} answerRef={answerRef} />
          </article>
          <div className={styles.controls}>
            {revealed ? (
              <RatingButtons intervals={card.intervals} busy={busy} onRate={rate} />
            ) : (
              <button type="button" className={`button ${styles.show}`} onClick={reveal} aria-keyshortcuts="Space Enter">
                {t("review.show")}
              </button>
            )}
            {busy && <p className={styles.saving}>{t("review.saving")}</p>}
            {error === "network" && (
              <button type="button" className="button button--secondary" onClick={() => setError(null)}>
                {t("review.retry")}
              </button>
            )}
          </div>
          <div className={styles.tools}>
            <button type="button" className="button button--secondary" onClick={undo} disabled={history.length === 0 || busy} aria-keyshortcuts="Z">
              {t("review.undo")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => ((moved.current = true), setFinished(true))}>
              {t("review.finish")}
            </button>
          </div>
          <p className={`muted ${styles.help}`}>{t("keyboardHelp")}</p>
        </>
      )}
    </div>
  );
}

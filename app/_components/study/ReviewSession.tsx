"use client";
// The review loop: the one client component of studying. Every answer is stored by the server before the
// next card appears; a retried answer reuses its request id, so it is never counted twice. The state
// lives in useReviewSession; this is the view.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/app/_i18n/navigation";
import { submitReviewAction } from "@/app/_actions/study/submit-review";
import { undoReviewAction } from "@/app/_actions/study/undo-review";
import { outcomeOf } from "@/app/_actions/action-result";
import type { QueueView } from "@/app/_data/study/queue";
import type { StudyErrorCode } from "@/app/_schemas/study";
import { cardsLeft, useReviewSession, type ReviewActions, type SessionStore } from "./use-review-session";
import { currentSessionId, sessionStorageStore } from "./session-store";
import { StudyCard } from "./StudyCard";
import { RatingButtons } from "./RatingButtons";
import { SessionSummary } from "./SessionSummary";
import styles from "./study.module.css";

const actions: ReviewActions = {
  submit: async (input) => outcomeOf(await submitReviewAction(input), "invalidRequest" as StudyErrorCode),
  undo: async (input) => outcomeOf(await undoReviewAction(input), "invalidRequest" as StudyErrorCode),
};

export function ReviewSession({ initial, decks, userTimeZone }: { initial: QueueView; decks: string[]; userTimeZone: string }) {
  const t = useTranslations("Study");
  const router = useRouter();
  const [store, setStore] = useState<SessionStore | undefined>(undefined);
  useEffect(() => setStore(sessionStorageStore(currentSessionId())), []);
  const session = useReviewSession({ initial, decks, actions, store });
  const { view, revealed, busy, error, announcement, finished, tally, frontRef, answerRef, reveal, rate, undo } = session;
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
          minutes={session.minutesSoFar()}
          view={view}
          timeZone={userTimeZone}
          onResume={card ? session.resume : cardsLeft(view) > 0 || view.nextLearningDue ? () => router.refresh() : null}
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
              <button type="button" className="button button--secondary" onClick={session.dismissError}>
                {t("review.retry")}
              </button>
            )}
          </div>
          <div className={styles.tools}>
            <button type="button" className="button button--secondary" onClick={undo} disabled={!session.canUndo || busy} aria-keyshortcuts="Z">
              {t("review.undo")}
            </button>
            <button type="button" className="button button--secondary" onClick={session.finish}>
              {t("review.finish")}
            </button>
          </div>
          <p className={`muted ${styles.help}`}>{t("keyboardHelp")}</p>
        </>
      )}
    </div>
  );
}

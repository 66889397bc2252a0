"use client";
// The projector: join code, URL and QR in the lobby with players appearing as they join (and a button
// to remove each); then per question the prompt in the teacher's language with the other below, the
// countdown and the live count of answers; the reveal with the right answer, the spread, the passage
// and its citation, and the top five; the podium at the end.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { HostView } from "@/app/_data/live/game-views";
import type { PublicQuestion } from "@/app/_domain/quiz/types";
import { Link } from "@/app/_i18n/navigation";
import { useGameStream } from "./use-game-stream";
import { Countdown } from "./Countdown";
import { QuestionText } from "./QuestionText";
import { RevealDetails } from "./RevealDetails";
import { Podium } from "./Podium";
import { OPTION_MARKS } from "./option-marks";
import styles from "./live.module.css";

type Props = { sessionId: string; initial: HostView; joinUrl: string; qrSvg: string };

export function HostScreen({ sessionId, initial, joinUrl, qrSvg }: Props) {
  const t = useTranslations("LiveHost");
  const { view, connected, serverNow } = useGameStream<HostView>(`/api/live/host/${sessionId}/events`, initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!view) return null;

  const command = async (body: { type: string; playerId?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/live/host/${sessionId}/command`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const json = (await res.json().catch(() => ({}))) as { error?: string };
      if (!res.ok) setError(json.error ?? "unknown");
    } catch {
      setError("network");
    } finally {
      setBusy(false);
    }
  };

  const q = view.question;
  return (
    <div className="live-host" data-phase={view.phase} data-question={view.questionIndex}>
      {!connected && <p className="muted" role="status">{t("reconnecting")}</p>}
      <div role="alert">{error && <p className="alert">{t("refused", { code: error })}</p>}</div>

      {view.phase === "lobby" && (
        <section aria-labelledby="lobby-heading">
          <h2 id="lobby-heading">{t("lobby")}</h2>
          <p>{t("joinAt")} <a href={joinUrl}>{joinUrl}</a></p>
          <p>
            {t("code")} <span className={styles.code} data-testid="join-code">{view.joinCode}</span>
          </p>
          <div className={styles.qr} dangerouslySetInnerHTML={{ __html: qrSvg }} />
        </section>
      )}

      {(view.phase === "lobby" || view.phase === "question") && (
        <section aria-labelledby="players-heading">
          <h2 id="players-heading">{t("players", { count: view.players.length })}</h2>
          <ul className={styles.players} aria-live="polite" data-testid="players">
            {view.players.map((p) => (
              <li key={p.id} className="chip">
                <span>{p.nickname}</span>
                <button type="button" className="button button--secondary" onClick={() => command({ type: "remove", playerId: p.id })} aria-label={t("remove", { nickname: p.nickname })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {q && (
        <section aria-labelledby="host-question-heading">
          <h2 id="host-question-heading">{t("questionOf", { number: view.questionIndex + 1, total: view.questionCount })}</h2>
          {view.phase === "question" && view.deadline !== null && <Countdown deadline={view.deadline} serverNow={serverNow} />}
          {view.phase === "question" && view.deadline === null && <p className="muted">{t("untimed")}</p>}
          <QuestionText question={q.primary.question} />
          <div className={styles.secondary}>
            <QuestionText question={q.secondary.question} />
          </div>
          <HostOptions question={q.primary.question} secondary={q.secondary.question} spread={view.revealed?.spread.byOption ?? null} />
          <p aria-live="polite" data-testid="answer-count">{t("answered", { count: view.answerCount, total: view.players.length })}</p>
          {view.revealed && (
            <>
              <RevealDetails reveal={view.revealed.primary} question={q.primary.question} />
              <p>{t("spread", { correct: view.revealed.spread.byVerdict.correct, almost: view.revealed.spread.byVerdict.almost, wrong: view.revealed.spread.byVerdict.wrong })}</p>
              {view.revealed.spread.byBoolean && <p>{t("spreadBoolean", view.revealed.spread.byBoolean)}</p>}
            </>
          )}
        </section>
      )}

      {view.phase === "reveal" && (
        <section aria-labelledby="top-heading">
          <h2 id="top-heading">{t("top")}</h2>
          <ol data-testid="top">
            {view.top.map((r) => (
              <li key={r.rank}>{t("row", { nickname: r.nickname, score: r.score })}</li>
            ))}
          </ol>
        </section>
      )}

      {view.phase === "finished" && (
        <>
          <Podium rows={view.top} />
          <p>
            <Link href={`/teach/live/${sessionId}/report`}>{t("report")}</Link>
          </p>
        </>
      )}

      <div className="filters__actions">
        {view.phase === "lobby" && (
          <button type="button" className="button" disabled={busy || view.players.length === 0} onClick={() => command({ type: "start" })}>
            {t("start")}
          </button>
        )}
        {view.phase === "question" && (
          <button type="button" className="button" disabled={busy} onClick={() => command({ type: "reveal" })}>
            {t("reveal")}
          </button>
        )}
        {view.phase === "reveal" && (
          <button type="button" className="button" disabled={busy} onClick={() => command({ type: "next" })}>
            {view.questionIndex + 1 >= view.questionCount ? t("finish") : t("next")}
          </button>
        )}
        {view.phase !== "finished" && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => command({ type: "end" })}>
            {t("end")}
          </button>
        )}
      </div>
    </div>
  );
}

function HostOptions({ question, secondary, spread }: { question: PublicQuestion; secondary: PublicQuestion; spread: Record<string, number> | null }) {
  const t = useTranslations("LiveHost");
  if (question.type !== "multiple_choice" || secondary.type !== "multiple_choice") return null;
  return (
    <ol className={styles.options}>
      {question.options.map((o, i) => {
        const mark = OPTION_MARKS[i];
        return (
          <li key={o.id} className={`${styles.option} ${styles[mark.className]}`}>
            <span aria-hidden="true" className={styles.mark}>
              {mark.shape} {i + 1}
            </span>
            <span>
              <span lang={question.answerLang}>{o.text}</span>
              <br />
              <span lang={secondary.answerLang} className={styles.secondary}>
                {secondary.options[i]?.text}
              </span>
              {spread && <span> — {t("votes", { count: spread[o.id] ?? 0 })}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

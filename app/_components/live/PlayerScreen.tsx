"use client";
// The player's phone during a game: lobby, the open question in the player's own language with a
// countdown, "answer received", the reveal with the player's result and standing, the podium. Switching
// language keeps the seat (the seat cookie) and the question.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { PlayerView } from "@/app/_data/live/game-views";
import { useRouter, usePathname } from "@/app/_i18n/navigation";
import { useGameStream } from "./use-game-stream";
import { Countdown } from "./Countdown";
import { QuestionText } from "./QuestionText";
import { LiveAnswerForm } from "./LiveAnswerForm";
import { RevealDetails } from "./RevealDetails";
import { Podium } from "./Podium";

type Sent = { questionIndex: number; state: "sending" | "stored" | "error"; error?: string };

export function PlayerScreen({ code, initial }: { code: string; initial: PlayerView }) {
  const t = useTranslations("LivePlay");
  const router = useRouter();
  const pathname = usePathname();
  const { view, connected, serverNow } = useGameStream<PlayerView>(`/api/live/play/${code}/events`, initial);
  const [sent, setSent] = useState<Sent | null>(null);
  const [switching, setSwitching] = useState(false);
  if (!view) return null;

  const answer = async (response: Record<string, unknown>) => {
    const questionIndex = view.questionIndex;
    setSent({ questionIndex, state: "sending" });
    const body = JSON.stringify({ questionIndex, response });
    for (let attempt = 0; attempt < 4; attempt++) {
      try {
        const res = await fetch(`/api/live/play/${code}/answer`, { method: "POST", headers: { "content-type": "application/json" }, body });
        const json = (await res.json()) as { ok?: boolean; error?: string };
        if (res.ok && json.ok) return setSent({ questionIndex, state: "stored" });
        return setSent({ questionIndex, state: "error", error: json.error ?? "unknown" });
      } catch {
        // The network dropped: the same answer again is safe (the server replays a stored one).
        await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
      }
    }
    setSent({ questionIndex, state: "error", error: "network" });
  };

  const switchLanguage = async () => {
    const lang = view.lang === "ja" ? "en" : "ja";
    setSwitching(true);
    const res = await fetch(`/api/live/play/${code}/language`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ lang }) }).catch(() => null);
    if (res?.ok) router.replace(pathname, { locale: lang });
    else setSwitching(false);
  };

  if (view.removed) return <p className="alert" role="alert">{t("removed")}</p>;
  const mine = sent && sent.questionIndex === view.questionIndex ? sent : null;
  const answered = view.answer !== null || mine?.state === "stored";
  const headingId = "live-question";

  return (
    <div className="live-player" data-phase={view.phase} data-question={view.questionIndex}>
      <p className="muted">
        {t("playingAs", { nickname: view.nickname })}{" "}
        <button type="button" className="button button--secondary" onClick={switchLanguage} disabled={switching} lang={view.lang === "ja" ? "en" : "ja"}>
          {view.lang === "ja" ? "English" : "日本語"}
        </button>
      </p>
      {!connected && <p className="muted" role="status">{t("reconnecting")}</p>}
      {view.phase === "lobby" && <p role="status">{t("waitingToStart")}</p>}
      {view.question && (
        <section aria-labelledby={headingId}>
          <h2 id={headingId}>{t("questionOf", { number: view.questionIndex + 1, total: view.questionCount })}</h2>
          {view.phase === "question" && view.deadline !== null && <Countdown deadline={view.deadline} serverNow={serverNow} />}
          <QuestionText question={view.question.question} id="live-prompt" />
          {view.question.question.type === "ordering" && <p className="muted">{t("putInOrder")}</p>}
          {view.phase === "question" && !answered && (
            <LiveAnswerForm key={view.questionIndex} question={view.question.question} disabled={mine?.state === "sending"} onAnswer={answer} labelledBy="live-prompt" />
          )}
          <div role="status" aria-live="polite">
            {view.phase === "question" && answered && <p data-testid="answer-stored">{t("answerStored")}</p>}
            {mine?.state === "error" && <p className="alert">{t(`errors.${errorKey(mine.error)}`)}</p>}
          </div>
          {view.phase === "reveal" && (
            <>
              <p data-testid="my-result">
                {view.answer?.verdict
                  ? t("result", { verdict: view.answer.verdict, points: view.answer.points ?? 0 })
                  : t("noAnswer")}
              </p>
              {view.revealed && <RevealDetails reveal={view.revealed} question={view.question.question} />}
            </>
          )}
        </section>
      )}
      {view.standing && (
        <p data-testid="standing">{t("standing", { rank: view.standing.rank, of: view.standing.of, score: view.standing.score })}</p>
      )}
      {view.phase === "finished" && view.podium && <Podium rows={view.podium} />}
    </div>
  );
}

const KNOWN = ["too_late", "no_open_question", "wrong_question", "alreadyAnswered", "invalidResponse", "emptyAnswer", "network"] as const;
const errorKey = (code: string | undefined): (typeof KNOWN)[number] | "unknown" =>
  (KNOWN as readonly string[]).includes(code ?? "") ? (code as (typeof KNOWN)[number]) : "unknown";

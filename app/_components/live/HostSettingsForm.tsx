"use client";
// The host's settings before a game: a timer per question (5–240 s) or untimed, speed scoring, late join.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { hostLiveGameAction } from "@/app/_actions/live/host-live-game";
import { failureOf, type ActionResult } from "@/app/_actions/action-result";
import { useErrorText } from "@/app/_components/forms/use-error-text";
import { FormAlert } from "@/app/_components/forms/FormAlert";
import { DEFAULT_GAME_SETTINGS, MAX_TIMER_SECONDS, MIN_TIMER_SECONDS } from "@/app/_domain/live/game-settings";

export function HostSettingsForm({ quizId }: { quizId: string }) {
  const t = useTranslations("LiveHost");
  const errorText = useErrorText("live");
  const [state, action, pending] = useActionState(hostLiveGameAction, {} as ActionResult<never>);
  const failure = failureOf(state);
  const [timed, setTimed] = useState<"timed" | "untimed">("timed");
  const fieldError = failure?.fieldErrors?.timerSeconds;
  return (
    <form action={action} noValidate>
      <FormAlert message={errorText(failure?.formError)} />
      <input type="hidden" name="quiz" value={quizId} />
      <fieldset className="field">
        <legend>{t("timer")}</legend>
        <label>
          <input type="radio" name="timed" value="timed" checked={timed === "timed"} onChange={() => setTimed("timed")} /> {t("timed")}
        </label>
        <label>
          <input type="radio" name="timed" value="untimed" checked={timed === "untimed"} onChange={() => setTimed("untimed")} /> {t("untimedOption")}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="timerSeconds">{t("seconds", { min: MIN_TIMER_SECONDS, max: MAX_TIMER_SECONDS })}</label>
        <input
          id="timerSeconds"
          name="timerSeconds"
          type="number"
          inputMode="numeric"
          min={MIN_TIMER_SECONDS}
          max={MAX_TIMER_SECONDS}
          defaultValue={DEFAULT_GAME_SETTINGS.timerSeconds ?? 20}
          disabled={timed === "untimed"}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "timer-error" : undefined}
        />
        {timed === "untimed" && <input type="hidden" name="timerSeconds" value="0" />}
        {fieldError && <p id="timer-error" className="field-error">{errorText(fieldError)}</p>}
      </div>
      <div className="field">
        <label>
          <input type="checkbox" name="speedScoring" defaultChecked={DEFAULT_GAME_SETTINGS.speedScoring} /> {t("speedScoring")}
        </label>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" name="lateJoin" defaultChecked={DEFAULT_GAME_SETTINGS.lateJoin} /> {t("lateJoin")}
        </label>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {t("open")}
      </button>
    </form>
  );
}

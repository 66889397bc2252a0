"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { retryMissedAction } from "@/app/_actions/quiz/retry-missed";
import { idleQuizFormState } from "@/app/_actions/quiz/form-state";
import { useQuizErrorText } from "./use-quiz-error-text";

/** "Retry the ones I missed": starts a new attempt from the missed questions' facts and terms. */
export function RetryMissedForm({ attemptId, count }: { attemptId: string; count: number }) {
  const t = useTranslations("Quiz.results");
  const errorText = useQuizErrorText();
  const [state, formAction, pending] = useActionState(retryMissedAction, idleQuizFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="attemptId" value={attemptId} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("retryPending") : t("retry", { count })}
      </button>
      <div role="alert" aria-atomic="true" key={state.at}>
        {state.formError && <p className="alert">{errorText(state.formError)}</p>}
      </div>
    </form>
  );
}

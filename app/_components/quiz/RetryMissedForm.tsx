"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { retryMissedAction } from "@/app/_actions/quiz/retry-missed";
import { failureOf, type ActionResult } from "@/app/_actions/action-result";
import { useErrorText } from "../forms/use-error-text";
import { FormAlert } from "../forms/FormAlert";

/** "Retry the ones I missed": starts a new attempt from the missed questions' facts and terms. */
export function RetryMissedForm({ attemptId, count }: { attemptId: string; count: number }) {
  const t = useTranslations("Quiz.results");
  const errorText = useErrorText("quiz");
  const [state, formAction, pending] = useActionState(retryMissedAction, {} as ActionResult<never>);
  const failure = failureOf(state);
  return (
    <form action={formAction}>
      <input type="hidden" name="attemptId" value={attemptId} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("retryPending") : t("retry", { count })}
      </button>
      <FormAlert message={errorText(failure?.formError ?? Object.values(failure?.fieldErrors ?? {})[0])} key={failure?.at} />
    </form>
  );
}

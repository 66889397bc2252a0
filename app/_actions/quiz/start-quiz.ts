"use server";
// Starts a quiz from the set-up form: validates with the form's own schema, generates and stores the
// attempt (answer key included, on the server), then opens its first question.
import { randomBytes } from "node:crypto";
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { startQuiz } from "@/app/_data/quiz/service";
import { quizSetupSchema, toQuizConfig } from "@/app/_schemas/quiz";
import { defineAction, fail, formInput } from "../safe-action";

export const startQuizAction = defineAction(
  { caller: "startsWork", errors: "quiz", refill: ["deck", "tag", "count", "types", "direction", "seed"] },
  formInput(quizSetupSchema),
).stateAction(async ({ parsedInput, ctx }) => {
  const locale = await getLocale();
  const config = toQuizConfig(parsedInput, () => randomBytes(6).toString("base64url"));
  const outcome = await startQuiz(config, () => ctx.startUser({ uiLocale: locale }));
  if (!outcome.ok) fail(outcome.error);
  return redirect({ href: { pathname: `/quiz/${outcome.attemptId}`, query: { q: "1" } }, locale });
});

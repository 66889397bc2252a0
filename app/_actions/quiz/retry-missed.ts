"use server";
// "Retry the ones I missed": a new attempt asking again the facts and terms of the missed questions.
import { randomBytes } from "node:crypto";
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { retryMissedQuestions } from "@/app/_data/quiz/service";
import { attemptIdSchema } from "@/app/_schemas/quiz";
import { text, type QuizFormState } from "./form-state";

export async function retryMissedAction(_previous: QuizFormState, form: FormData): Promise<QuizFormState> {
  const attemptId = attemptIdSchema.safeParse(text(form, "attemptId"));
  if (!attemptId.success) return { status: "error", formError: "notFound", at: Date.now() };
  const outcome = await retryMissedQuestions(attemptId.data, randomBytes(6).toString("base64url"));
  if (!outcome.ok) return { status: "error", formError: outcome.error, at: Date.now() };
  redirect({ href: { pathname: `/quiz/${outcome.attemptId}`, query: { q: "1" } }, locale: await getLocale() });
  return { status: "idle" };
}

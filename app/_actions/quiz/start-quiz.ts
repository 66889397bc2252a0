"use server";
// Starts a quiz from the set-up form: validates with the form's own schema, generates and stores the
// attempt (answer key included, on the server), then opens its first question.
import { randomBytes } from "node:crypto";
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { startQuiz } from "@/app/_data/quiz/service";
import { quizFieldErrors, quizSetupSchema, toQuizConfig } from "@/app/_schemas/quiz";
import { text, type QuizFormState } from "./form-state";

export async function startQuizAction(_previous: QuizFormState, form: FormData): Promise<QuizFormState> {
  const values = {
    deck: text(form, "deck"),
    tag: text(form, "tag"),
    count: text(form, "count"),
    types: form.getAll("types").filter((v): v is string => typeof v === "string"),
    direction: text(form, "direction"),
    seed: text(form, "seed"),
  };
  const parsed = quizSetupSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: quizFieldErrors(parsed.error), values, at: Date.now() };
  const locale = await getLocale();
  const outcome = await startQuiz(toQuizConfig(parsed.data, () => randomBytes(6).toString("base64url")), locale);
  if (!outcome.ok) return { status: "error", formError: outcome.error, values, at: Date.now() };
  redirect({ href: { pathname: `/quiz/${outcome.attemptId}`, query: { q: "1" } }, locale });
  return { status: "idle" };
}

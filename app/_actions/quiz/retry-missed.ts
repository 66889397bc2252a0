"use server";
// "Retry the ones I missed": a new attempt asking again the facts and terms of the missed questions.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { retryMissedQuestions } from "@/app/_data/quiz/service";
import { attemptIdSchema } from "@/app/_schemas/quiz";
import { defineAction, fail, formInput } from "../safe-action";

export const retryMissedAction = defineAction({ caller: "user", errors: "quiz" }, formInput(z.object({ attemptId: attemptIdSchema }))).stateAction(
  async ({ parsedInput, ctx }) => {
    const outcome = await retryMissedQuestions(ctx.user!, parsedInput.attemptId, randomBytes(6).toString("base64url"));
    if (!outcome.ok) fail(outcome.error);
    return redirect({ href: { pathname: `/quiz/${outcome.attemptId}`, query: { q: "1" } }, locale: await getLocale() });
  },
);

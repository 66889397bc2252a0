"use server";
// Deletes a saved quiz of the teacher's (its assignments go with it), then back to /teach.
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { removeSavedQuiz } from "@/app/_data/teach/service";
import { savedQuizDeleteSchema } from "@/app/_schemas/saved-quiz";
import { defineAction, fail, formInput } from "../safe-action";

export const deleteSavedQuizAction = defineAction(
  { caller: "teacher", errors: "teach", failureRedirect: "/teach" },
  formInput(savedQuizDeleteSchema),
).action(async ({ parsedInput, ctx }) => {
  if (!(await removeSavedQuiz(ctx.user!, parsedInput.id))) fail("notFound");
  return redirect({ href: "/teach", locale: await getLocale() });
});

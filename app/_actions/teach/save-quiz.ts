"use server";
// Creates or edits a saved quiz (owner only): the form's schema, parsed again here, then back to /teach.
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { saveNewQuiz, saveQuiz } from "@/app/_data/teach/service";
import { savedQuizEditSchema, savedQuizSchema } from "@/app/_schemas/saved-quiz";
import { defineAction, fail, formInput } from "../safe-action";

const refill = ["title", "deck", "tag", "count", "types", "direction", "seed"];

export const createSavedQuizAction = defineAction({ caller: "teacher", errors: "teach", refill }, formInput(savedQuizSchema)).stateAction(
  async ({ parsedInput, ctx }) => {
    const outcome = await saveNewQuiz(ctx.user!, parsedInput);
    if (!outcome.ok) fail(outcome.error, outcome.error === "unknownDeck" ? { field: "deck" } : undefined);
    return redirect({ href: "/teach", locale: await getLocale() });
  },
);

export const updateSavedQuizAction = defineAction({ caller: "teacher", errors: "teach", refill }, formInput(savedQuizEditSchema)).stateAction(
  async ({ parsedInput: { id, ...values }, ctx }) => {
    const outcome = await saveQuiz(ctx.user!, id, values);
    if (!outcome.ok) fail(outcome.error, outcome.error === "unknownDeck" ? { field: "deck" } : undefined);
    return redirect({ href: "/teach", locale: await getLocale() });
  },
);

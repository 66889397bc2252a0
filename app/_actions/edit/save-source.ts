"use server";
// Creates or updates a source and its text from the source form.
import { saveSourceAs } from "@/app/_data/edit/service";
import { sourceEditInput } from "@/app/_schemas/edit";
import { defineAction, fail } from "../safe-action";

export const saveSourceAction = defineAction({ caller: "editor", errors: "edit" }, sourceEditInput).action(async ({ parsedInput, ctx }) => {
  const outcome = await saveSourceAs(ctx.user, parsedInput);
  if (!outcome.ok) fail(outcome.error, { field: outcome.field });
  return outcome.value;
});

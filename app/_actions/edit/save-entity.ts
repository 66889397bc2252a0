"use server";
// Creates or updates a entity from its form, with the schema the form and the import use.
import { saveEntityAs } from "@/app/_data/edit/service";
import { entityEditInput } from "@/app/_schemas/edit";
import { defineAction, fail } from "../safe-action";

export const saveEntityAction = defineAction({ caller: "editor", errors: "edit" }, entityEditInput).action(async ({ parsedInput, ctx }) => {
  const outcome = await saveEntityAs(ctx.user, parsedInput);
  if (!outcome.ok) fail(outcome.error, { field: outcome.field });
  return outcome.value;
});

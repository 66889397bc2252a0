"use server";
// Creates or updates a fact from the fact form, with the schema the form and the import use.
import { saveFactAs } from "@/app/_data/edit/service";
import { factEditInput } from "@/app/_schemas/edit";
import { defineAction, fail } from "../safe-action";

export const saveFactAction = defineAction({ caller: "editor", errors: "edit" }, factEditInput).action(async ({ parsedInput, ctx }) => {
  const outcome = await saveFactAs(ctx.user, parsedInput);
  if (!outcome.ok) fail(outcome.error, { field: outcome.field });
  return outcome.value;
});

"use server";
// Creates or updates a term from its form, with the schema the form and the import use.
import { saveTermAs } from "@/app/_data/edit/service";
import { termEditInput } from "@/app/_schemas/edit";
import { defineAction, fail } from "../safe-action";

export const saveTermAction = defineAction({ caller: "editor", errors: "edit" }, termEditInput).action(async ({ parsedInput, ctx }) => {
  const outcome = await saveTermAs(ctx.user, parsedInput);
  if (!outcome.ok) fail(outcome.error, { field: outcome.field });
  return outcome.value;
});

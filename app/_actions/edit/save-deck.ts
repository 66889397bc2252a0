"use server";
// Creates or updates a deck from its form, with the schema the form and the import use.
import { saveDeckAs } from "@/app/_data/edit/service";
import { deckEditInput } from "@/app/_schemas/edit";
import { defineAction, fail } from "../safe-action";

export const saveDeckAction = defineAction({ caller: "editor", errors: "edit" }, deckEditInput).action(async ({ parsedInput, ctx }) => {
  const outcome = await saveDeckAs(ctx.user, parsedInput);
  if (!outcome.ok) fail(outcome.error, { field: outcome.field });
  return outcome.value;
});

"use server";
// Deletes a source that no fact or term rests on.
import { deleteSourceAs } from "@/app/_data/edit/service";
import { recordKeyInput } from "@/app/_schemas/edit";
import { defineAction, fail } from "../safe-action";

export const deleteSourceAction = defineAction({ caller: "editor", errors: "edit" }, recordKeyInput).action(async ({ parsedInput, ctx }) => {
  const outcome = await deleteSourceAs(ctx.user, parsedInput.key);
  if (!outcome.ok) fail(outcome.error, { field: outcome.field });
  return outcome.value;
});

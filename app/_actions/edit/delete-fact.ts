"use server";
// Deletes a fact (its learners' cards go with it).
import { deleteFactAs } from "@/app/_data/edit/service";
import { recordKeyInput } from "@/app/_schemas/edit";
import { defineAction, fail } from "../safe-action";

export const deleteFactAction = defineAction({ caller: "editor", errors: "edit" }, recordKeyInput).action(async ({ parsedInput, ctx }) => {
  const outcome = await deleteFactAs(ctx.user, parsedInput.key);
  if (!outcome.ok) fail(outcome.error, { field: outcome.field });
  return outcome.value;
});

"use server";
// Writes a record back as it was before one of its revisions.
import { revertRevisionAs } from "@/app/_data/edit/service";
import { revertInput } from "@/app/_schemas/edit";
import { defineAction, fail } from "../safe-action";

export const revertRevisionAction = defineAction({ caller: "editor", errors: "edit" }, revertInput).action(async ({ parsedInput, ctx }) => {
  const outcome = await revertRevisionAs(ctx.user, parsedInput.revisionId);
  if (!outcome.ok) fail(outcome.error, { field: outcome.field });
  return outcome.value;
});

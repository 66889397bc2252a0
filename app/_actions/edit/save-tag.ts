"use server";
// Sets a tag's Japanese and English labels.
import { saveTagAs } from "@/app/_data/edit/service";
import { tagRecord } from "@/app/_schemas/interchange";
import { defineAction, fail } from "../safe-action";

export const saveTagAction = defineAction({ caller: "editor", errors: "edit" }, tagRecord).action(async ({ parsedInput, ctx }) => {
  const outcome = await saveTagAs(ctx.user, parsedInput);
  if (!outcome.ok) fail(outcome.error, { field: outcome.field });
  return outcome.value;
});

"use server";
// Deletes a deck or entity no fact uses, or a term (its learners' cards go with it).
import { z } from "zod";
import { deleteRecordAs } from "@/app/_data/edit/service";
import { recordKeyInput } from "@/app/_schemas/edit";
import { defineAction, fail } from "../safe-action";

export const deleteRecordAction = defineAction(
  { caller: "editor", errors: "edit" },
  recordKeyInput.extend({ kind: z.enum(["deck", "entity", "term"]) }),
).action(async ({ parsedInput, ctx }) => {
  const outcome = await deleteRecordAs(ctx.user, parsedInput.kind, parsedInput.key);
  if (!outcome.ok) fail(outcome.error, { field: outcome.field });
  return outcome.value;
});

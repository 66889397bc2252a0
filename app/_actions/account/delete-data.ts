"use server";
// Deletes everything stored about the current user, then forgets the session.
import { endSession } from "@/app/_data/auth/current-user";
import { deleteAllDataOf } from "@/app/_data/auth/service";
import { deleteDataSchema } from "@/app/_schemas/account";
import { defineAction, formInput } from "../safe-action";
import { backToAccount } from "./back-to-account";

export const deleteDataAction = defineAction({ caller: "anyone", errors: "account" }, formInput(deleteDataSchema)).stateAction(async ({ ctx }) => {
  if (ctx.user) await deleteAllDataOf(ctx.user.id);
  await endSession();
  return backToAccount("deleted");
});

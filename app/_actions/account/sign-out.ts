"use server";
// Signs out: the server-side session is deleted, not just the cookie.
import { z } from "zod";
import { endSession } from "@/app/_data/auth/current-user";
import { defineAction, formInput } from "../safe-action";
import { backToAccount } from "./back-to-account";

export const signOutAction = defineAction({ caller: "anyone", errors: "account" }, formInput(z.object({}))).action(async () => {
  await endSession();
  return backToAccount("signedOut");
});

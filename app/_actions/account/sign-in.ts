"use server";
// Signs in with a username and password; a guest's progress on this device moves into the account.
import { startSession } from "@/app/_data/auth/current-user";
import { bringGuestAlong, signIn } from "@/app/_data/auth/service";
import { signInSchema } from "@/app/_schemas/account";
import { defineAction, fail, formInput } from "../safe-action";
import { backToAccount } from "./back-to-account";

export const signInAction = defineAction({ caller: "anyone", errors: "account", refill: ["username"] }, formInput(signInSchema)).stateAction(
  async ({ parsedInput, ctx }) => {
    const result = await signIn(parsedInput);
    if (!result.ok) return result.error === "rateLimited" ? fail("rateLimited", { retryAfterSeconds: result.retryAfterSeconds }) : fail("wrongCredentials");
    await bringGuestAlong(ctx.user, result.user.id);
    await startSession(result.user.id);
    return backToAccount("signedIn");
  },
);

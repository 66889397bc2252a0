"use server";
// "Keep my progress": the current guest (created now if need be) gets a username and password.
import { getLocale } from "next-intl/server";
import { startSession } from "@/app/_data/auth/current-user";
import { claimAccountOf, reserveClaim } from "@/app/_data/auth/service";
import { claimAccountSchema } from "@/app/_schemas/account";
import { defineAction, fail, formInput } from "../safe-action";
import { backToAccount } from "./back-to-account";

export const claimAccountAction = defineAction({ caller: "startsWork", errors: "account", refill: ["username"] }, formInput(claimAccountSchema)).stateAction(
  async ({ parsedInput: { username, password }, ctx }) => {
    if (ctx.user?.username) fail("alreadyClaimed");
    // Everything that can refuse the claim is checked before a guest is made for it.
    const reserved = await reserveClaim(username);
    if (!reserved.ok) {
      if (reserved.error === "usernameTaken") fail("usernameTaken", { field: "username" });
      else fail("tooManyAccounts", { retryAfterSeconds: reserved.retryAfterSeconds });
    }
    const user = await ctx.startUser({ uiLocale: await getLocale() });
    const result = await claimAccountOf(user.id, username, password);
    if (!result.ok) fail(result.error, result.error === "usernameTaken" ? { field: "username" } : {});
    // A fresh session token now that the identity is worth more than a guest's.
    await startSession(user.id);
    return backToAccount("claimed");
  },
);

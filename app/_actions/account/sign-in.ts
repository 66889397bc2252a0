"use server";
// Signs in with a username and password; a guest's progress on this device moves into the account.
import { headers } from "next/headers";
import { db } from "@/app/_data/db";
import { getCurrentLearner, startSession } from "@/app/_data/auth/current-learner";
import { clientAddressFrom } from "@/app/_data/auth/client-address";
import { signInWithPassword } from "@/app/_data/auth/sign-in";
import { mergeGuestInto } from "@/app/_data/learner-data";
import { signInSchema } from "@/app/_schemas/account";
import { failed, invalid, minutesUntil, text, type AccountFormState } from "./form-state";
import { backToAccount } from "./back-to-account";

export async function signInAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const values = { username: text(form, "username") };
  const parsed = signInSchema.safeParse({ ...values, password: text(form, "password") });
  if (!parsed.success) return invalid(parsed.error, values);

  const result = await signInWithPassword(db, { ...parsed.data, clientAddress: clientAddressFrom(await headers()) });
  if (!result.ok) {
    return result.error === "rateLimited"
      ? failed("rateLimited", { retryAfterMinutes: minutesUntil(result.retryAfterSeconds), values })
      : failed("wrongCredentials", { values });
  }
  const current = await getCurrentLearner();
  if (current && current.username === null) await mergeGuestInto(db, current.id, result.learner.id);
  await startSession(result.learner.id);
  return backToAccount("signedIn");
}

"use server";
// "Keep my progress": the current guest (created now if need be) gets a username and password.
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { db } from "@/app/_data/db";
import { requireLearner, startSession } from "@/app/_data/auth/current-learner";
import { claimAccount } from "@/app/_data/auth/learner-store";
import { clientAddressFrom } from "@/app/_data/auth/client-address";
import { consumeRateLimit } from "@/app/_data/rate-limit";
import { claimAccountSchema } from "@/app/_schemas/account";
import { failed, invalid, minutesUntil, text, type AccountFormState } from "./form-state";
import { backToAccount } from "./back-to-account";

/** Hashing a password is slow on purpose; this keeps one address from making the server do it endlessly. */
const CLAIMS_PER_ADDRESS = { limit: 20, windowMs: 60 * 60 * 1000 };

export async function claimAccountAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const values = { username: text(form, "username") };
  const parsed = claimAccountSchema.safeParse({ ...values, password: text(form, "password"), confirmPassword: text(form, "confirmPassword") });
  if (!parsed.success) return invalid(parsed.error, values);

  const address = clientAddressFrom(await headers());
  const budget = await consumeRateLimit(db, `claim:client:${address}`, CLAIMS_PER_ADDRESS.limit, CLAIMS_PER_ADDRESS.windowMs);
  if (!budget.allowed) return failed("tooManyAccounts", { retryAfterMinutes: minutesUntil(budget.retryAfterSeconds), values });

  const learner = await requireLearner({ uiLocale: await getLocale() });
  const result = await claimAccount(db, learner.id, parsed.data.username, parsed.data.password);
  if (!result.ok) {
    return result.error === "usernameTaken"
      ? { status: "error", fieldErrors: { username: "usernameTaken" }, values, at: Date.now() }
      : failed(result.error, { values });
  }
  // A fresh session token now that the identity is worth more than a guest's.
  await startSession(learner.id);
  return backToAccount("claimed");
}

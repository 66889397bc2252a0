"use server";
// Saves the learner's study settings (a visitor becomes a guest to have somewhere to keep them).
import { refresh } from "next/cache";
import { getLocale } from "next-intl/server";
import { db } from "@/app/_data/db";
import { requireLearner } from "@/app/_data/auth/current-learner";
import { updateLearnerSettings } from "@/app/_data/auth/learner-store";
import { settingsSchema } from "@/app/_schemas/account";
import { invalid, succeeded, text, type AccountFormState } from "./form-state";

export async function updateSettingsAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const values = {
    timeZone: text(form, "timeZone"),
    desiredRetention: text(form, "desiredRetention"),
    newCardsPerDay: text(form, "newCardsPerDay"),
    directions: form.getAll("directions").filter((v): v is string => typeof v === "string"),
  };
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);

  const learner = await requireLearner({ uiLocale: await getLocale() });
  await updateLearnerSettings(db, learner.id, parsed.data);
  refresh();
  return succeeded();
}

"use server";
// Saves the study settings. A visitor who saves settings becomes a guest: they asked for the settings
// to be kept, and a guest is the only place to keep them (the next study session reads them there).
import { refresh } from "next/cache";
import { getLocale } from "next-intl/server";
import { saveSettings } from "@/app/_data/auth/service";
import { settingsSchema } from "@/app/_schemas/account";
import { defineAction, formInput } from "../safe-action";

export const updateSettingsAction = defineAction(
  { caller: "startsWork", errors: "account", refill: ["timeZone", "desiredRetention", "newCardsPerDay", "directions"] },
  formInput(settingsSchema),
).stateAction(async ({ parsedInput, ctx }) => {
  const user = await ctx.startUser({ uiLocale: await getLocale() });
  await saveSettings(user.id, parsedInput);
  refresh();
  return { saved: true, at: Date.now() };
});

"use server";
// Hosts a live game from one of the teacher's saved quizzes with the settings chosen on the settings
// page, then opens the host screen (the lobby).
import { randomBytes } from "node:crypto";
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { hostGame } from "@/app/_data/live/service";
import { hostSettingsSchema } from "@/app/_schemas/live";
import { defineAction, fail, formInput } from "../safe-action";

export const hostLiveGameAction = defineAction({ caller: "teacher", errors: "live" }, formInput(hostSettingsSchema)).stateAction(
  async ({ parsedInput, ctx }) => {
    const locale = await getLocale();
    const outcome = await hostGame(ctx.user!, {
      quizId: parsedInput.quiz,
      settings: {
        timerSeconds: parsedInput.timed === "untimed" ? null : parsedInput.timerSeconds,
        speedScoring: parsedInput.speedScoring,
        lateJoin: parsedInput.lateJoin,
      },
      hostLocale: locale === "en" ? "en" : "ja",
      seed: randomBytes(6).toString("base64url"),
    });
    if (!outcome.ok) fail(outcome.error);
    return redirect({ href: `/teach/live/${outcome.sessionId}`, locale });
  },
);

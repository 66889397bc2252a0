"use server";
// Starts studying the chosen decks: makes the user's missing cards, then opens the review screen.
// A plain form (it works before JavaScript loads), so a failure comes back as `/study?error=<code>`.
import { redirect } from "@/app/_i18n/navigation";
import { prepareStudy } from "@/app/_data/study/service";
import { startStudySchema } from "@/app/_schemas/study";
import { defineAction, fail, formInput } from "../safe-action";

export const startStudyAction = defineAction({ caller: "startsWork", errors: "study", failureRedirect: "/study" }, formInput(startStudySchema)).action(
  async ({ parsedInput: { locale, decks }, ctx }) => {
    const deckKeys = await prepareStudy(() => ctx.startUser({ uiLocale: locale }), decks);
    if (!deckKeys) fail("invalidDecks");
    const query = new URLSearchParams(deckKeys.map((key) => ["deck", key]));
    return redirect({ href: `/study/review?${query}`, locale });
  },
);

"use server";
// Starts studying the chosen decks: makes the learner's missing cards, then opens the review screen.
import { redirect } from "@/app/_i18n/navigation";
import { requireLearner } from "@/app/_data/auth/current-learner";
import { prepareStudy } from "@/app/_data/study/service";
import { startStudySchema, studyErrorCode } from "@/app/_schemas/study";

export async function startStudy(formData: FormData): Promise<void> {
  const locale = formData.get("locale") === "en" ? "en" : "ja";
  const parsed = startStudySchema.safeParse({ locale, decks: formData.getAll("decks") });
  if (!parsed.success) {
    redirect({ href: `/study?error=${studyErrorCode(parsed.error.issues)}`, locale });
    return;
  }
  const learner = await requireLearner({ uiLocale: locale });
  const deckKeys = await prepareStudy(learner, parsed.data.decks);
  if (!deckKeys) {
    redirect({ href: "/study?error=invalidDecks", locale });
    return;
  }
  const query = new URLSearchParams(deckKeys.map((key) => ["deck", key]));
  redirect({ href: `/study/review?${query}`, locale });
}

// The projector's view of a question: the teacher's language first, the other language below it (the
// class may read either). Before the reveal it holds no answer, like a player's view.
import type { Lang } from "@/app/_domain/quiz/types";
import type { LiveQuestion } from "./generate-live-questions";
import { playerQuestionView, playerRevealView, type LiveQuestionView, type LiveRevealView } from "./player-view";

export const otherLang = (lang: Lang): Lang => (lang === "ja" ? "en" : "ja");

export function hostQuestionView(question: LiveQuestion, index: number, hostLang: Lang) {
  return {
    primary: playerQuestionView(question, index, hostLang),
    secondary: playerQuestionView(question, index, otherLang(hostLang)),
  } satisfies Record<string, LiveQuestionView>;
}

export function hostRevealView(question: LiveQuestion, index: number, hostLang: Lang) {
  return {
    primary: playerRevealView(question, index, hostLang),
    secondary: playerRevealView(question, index, otherLang(hostLang)),
  } satisfies Record<string, LiveRevealView>;
}

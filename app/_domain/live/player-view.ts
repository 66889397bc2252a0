// What a player's phone may see of a live question, in the player's language. Before the reveal only
// the public question (through the quiz's own `toPublicQuestion`, which copies fields one by one); the
// right answer, explanation and source passage only once the question is revealed.
import { gradeAnswer, type Expected } from "@/app/_domain/quiz/grade-answer";
import { toPublicQuestion } from "@/app/_domain/quiz/to-public-question";
import type { Lang, PublicQuestion, RevealItem } from "@/app/_domain/quiz/types";
import type { LiveQuestion } from "./generate-live-questions";

export interface LiveQuestionView {
  index: number;
  question: PublicQuestion;
}

export interface LiveRevealView extends LiveQuestionView {
  expected: Expected;
  reveal: RevealItem[];
}

export function playerQuestionView(question: LiveQuestion, index: number, lang: Lang): LiveQuestionView {
  return { index, question: toPublicQuestion(question.versions[lang]) };
}

/** Only for a revealed question. */
export function playerRevealView(question: LiveQuestion, index: number, lang: Lang): LiveRevealView {
  const version = question.versions[lang];
  // Grading an empty response is the quiz domain's one way to read the expected answer for display.
  const { expected } = gradeAnswer(version, null);
  return { ...playerQuestionView(question, index, lang), expected, reveal: version.reveal };
}

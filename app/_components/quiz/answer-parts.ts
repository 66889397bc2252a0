// Looking up what an answer's ids stand for in its (public) question.
import type { Choice, PublicQuestion } from "@/app/_domain/quiz/types";

export const textOf = (choices: Choice[], id: string | undefined) => choices.find((c) => c.id === id)?.text ?? "";

/** The options a choice question offers (none for the others). */
export const optionsOf = (q: PublicQuestion): Choice[] => (q.type === "multiple_choice" || q.type === "term_translation" ? q.options : []);

import type { GeneratedQuestion, GeneratedQuiz, QuestionType } from "@/app/_domain/quiz/types";
import { entities, facts, terms } from "./fixtures";

export type Of<T extends QuestionType> = GeneratedQuestion & {
  public: Extract<GeneratedQuestion["public"], { type: T }>;
  key: Extract<GeneratedQuestion["key"], { type: T }>;
};

export const ofType = <T extends QuestionType>(quiz: GeneratedQuiz | GeneratedQuestion[], type: T): Of<T>[] =>
  ("questions" in quiz ? quiz.questions : quiz).filter((q): q is Of<T> => q.public.type === type);

export const factOf = (q: GeneratedQuestion, i = 0) => {
  const f = facts.find((x) => x.key === q.reveal[i].key);
  if (!f) throw new Error(`no fact ${q.reveal[i].key}`);
  return f;
};
export const termOf = (q: GeneratedQuestion) => terms.find((t) => t.key === q.reveal[0].key)!;
export const entity = (key: string) => entities.find((e) => e.key === key)!;

export const SEEDS = Array.from({ length: 12 }, (_, i) => `s${i}`);

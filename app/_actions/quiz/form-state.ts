// What a quiz form action answers: error codes (the form translates them in the page language), never
// raw messages, plus the values sent, to refill the form.
import type { QuizErrorCode } from "@/app/_schemas/quiz";

export type QuizFormState = {
  status: "idle" | "error";
  fieldErrors?: Partial<Record<string, QuizErrorCode>>;
  formError?: QuizErrorCode;
  values?: Record<string, string | string[]>;
  /** Changes on every answer, so the same message twice is announced twice. */
  at?: number;
};

export const idleQuizFormState: QuizFormState = { status: "idle" };

/** A text field of a submitted form (a file or a missing field reads as ""). */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

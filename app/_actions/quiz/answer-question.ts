"use server";
// Grades one answer on the server and stores it (a retried submission of the same answer counts once).
// Only now does the browser learn the expected answer, the explanation and the sources.
import { submitAnswer } from "@/app/_data/quiz/service";
import type { AnswerOutcome } from "@/app/_data/quiz/views";
import { answerInputSchema, type AnswerInputValue } from "@/app/_schemas/quiz";

export async function answerQuestionAction(input: AnswerInputValue): Promise<AnswerOutcome> {
  const parsed = answerInputSchema.safeParse(input);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path[0];
    return { ok: false, error: where === "response" ? "invalidResponse" : "notFound" };
  }
  return submitAnswer(parsed.data);
}

"use server";
// Grades one answer on the server and stores it (a retried submission of the same answer counts once).
// Only now does the browser learn the expected answer, the explanation and the sources.
import { submitAnswer } from "@/app/_data/quiz/service";
import { answerInputSchema } from "@/app/_schemas/quiz";
import { defineAction } from "../safe-action";

export const answerQuestionAction = defineAction({ caller: "user", errors: "quiz" }, answerInputSchema).action(async ({ parsedInput, ctx }) =>
  submitAnswer(ctx.user!, parsedInput),
);

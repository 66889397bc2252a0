// A saved quiz: a title and the self-study quiz's own set-up (quizSetupSchema), so the teacher's form,
// the self-study form and the server all check the same rules. Codes translate under Teach.errors.
import { z } from "zod";
import "./zod-config";
import { quizSetupSchema, type QuizSetup } from "./quiz";
import { TITLE_MAX_LENGTH } from "./constants";

export { TITLE_MAX_LENGTH };

/** Cuids, as every id of the app. */
export const rowIdSchema = z.string({ error: "notFound" }).regex(/^[a-z0-9]{1,64}$/i, { error: "notFound" });

export const savedQuizSchema = quizSetupSchema.extend({
  title: z
    .string({ error: "titleRequired" })
    .trim()
    .min(1, { error: "titleRequired" })
    .max(TITLE_MAX_LENGTH, { error: "titleTooLong" }),
});
export type SavedQuizInput = z.input<typeof savedQuizSchema>;
export type SavedQuiz = z.output<typeof savedQuizSchema>;

/** Editing: the same fields plus which quiz. */
export const savedQuizEditSchema = savedQuizSchema.extend({ id: rowIdSchema });

export const savedQuizDeleteSchema = z.object({ id: rowIdSchema });

/** What is stored in Quiz.config: the set-up as the form has it (the seed stays blank = a fresh one per use). */
export type SavedQuizConfig = Omit<QuizSetup, never>;

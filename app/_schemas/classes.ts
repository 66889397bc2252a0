// Inputs of classes and assignments, shared by the teacher's and students' forms and the actions.
// Codes translate under Teach.errors.
import { z } from "zod";
import "./zod-config";
import { rowIdSchema, TITLE_MAX_LENGTH } from "./saved-quiz";
import { LOCAL_DATE_TIME } from "../_domain/classes/zoned-time";
import { CLASS_CODE_LENGTH, normalizeClassCode, isClassCode } from "../_domain/classes/class-code";
import { CLASS_NAME_MAX_LENGTH, RETAKE_POLICIES, TEACH_ERROR_CODES } from "./constants";

export { CLASS_NAME_MAX_LENGTH };

const className = z
  .string({ error: "nameRequired" })
  .trim()
  .min(1, { error: "nameRequired" })
  .max(CLASS_NAME_MAX_LENGTH, { error: "nameTooLong" });

export const createClassSchema = z.object({ name: className });
export const renameClassSchema = z.object({ classId: rowIdSchema, name: className });
export const classIdSchema = z.object({ classId: rowIdSchema });
export const removeMemberSchema = z.object({ classId: rowIdSchema, userId: rowIdSchema });

export const joinClassSchema = z.object({
  code: z
    .string({ error: "codeRequired" })
    .transform(normalizeClassCode)
    .pipe(z.string().min(1, { error: "codeRequired" }).max(CLASS_CODE_LENGTH * 2, { error: "codeInvalid" }).refine(isClassCode, { error: "codeInvalid" })),
});

const localDateTime = (required: "opensRequired" | "dueRequired") =>
  z.string({ error: required }).trim().min(1, { error: required }).regex(LOCAL_DATE_TIME, { error: "dateInvalid" });

export const ASSIGNMENT_KINDS = ["quiz", "study"] as const;
export { RETAKE_POLICIES };

/**
 * A new assignment. Dates are wall-clock times in the teacher's time zone (the form's hidden
 * `timeZone`, checked by the server, else the teacher's account zone).
 */
export const assignmentSchema = z
  .object({
    classId: rowIdSchema,
    kind: z.enum(ASSIGNMENT_KINDS, { error: "kindRequired" }),
    quizId: z.string().trim().default(""),
    deck: z.string().trim().max(120).default(""),
    title: z.string({ error: "titleRequired" }).trim().min(1, { error: "titleRequired" }).max(TITLE_MAX_LENGTH, { error: "titleTooLong" }),
    opensAt: localDateTime("opensRequired"),
    dueAt: localDateTime("dueRequired"),
    retakes: z.enum(RETAKE_POLICIES, { error: "invalid" }).default("none"),
    timeZone: z.string().trim().max(64).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "quiz" && !value.quizId) ctx.addIssue({ code: "custom", path: ["quizId"], message: "quizRequired" });
    if (value.kind === "study" && !value.deck) ctx.addIssue({ code: "custom", path: ["deck"], message: "deckRequired" });
    // Both are the same zone's wall clock, so comparing the text compares the times.
    if (LOCAL_DATE_TIME.test(value.opensAt) && LOCAL_DATE_TIME.test(value.dueAt) && value.dueAt <= value.opensAt)
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "dueBeforeOpens" });
  });
export type AssignmentInput = z.input<typeof assignmentSchema>;
export type AssignmentValues = z.output<typeof assignmentSchema>;

export const assignmentIdSchema = z.object({ assignmentId: rowIdSchema });

/** "Assign the missed facts": a quiz of exactly these facts, due in N days. */
export const assignMissedSchema = z.object({ classId: rowIdSchema });

export { TEACH_ERROR_CODES };
export type TeachErrorCode = (typeof TEACH_ERROR_CODES)[number];

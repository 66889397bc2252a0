"use server";
// Assigns a saved quiz or a deck to one of the teacher's classes; dates typed in the teacher's zone.
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { assignToClass, removeAssignment } from "@/app/_data/classes/service";
import { assignmentIdSchema, assignmentSchema, classIdSchema } from "@/app/_schemas/classes";
import { defineAction, fail, formInput } from "../safe-action";

export const createAssignmentAction = defineAction(
  { caller: "teacher", errors: "teach", refill: ["kind", "quizId", "deck", "title", "opensAt", "dueAt", "retakes"] },
  formInput(assignmentSchema),
).stateAction(async ({ parsedInput, ctx }) => {
  const outcome = await assignToClass(ctx.user!, parsedInput);
  if (!outcome.ok) fail(outcome.error, outcome.field ? { field: outcome.field } : undefined);
  return redirect({ href: `/teach/classes/${parsedInput.classId}`, locale: await getLocale() });
});

export const deleteAssignmentAction = defineAction(
  { caller: "teacher", errors: "teach", failureRedirect: "/teach" },
  formInput(assignmentIdSchema.extend(classIdSchema.shape)),
).action(async ({ parsedInput, ctx }) => {
  if (!(await removeAssignment(ctx.user!, parsedInput.assignmentId))) fail("notFound");
  return redirect({ href: `/teach/classes/${parsedInput.classId}`, locale: await getLocale() });
});

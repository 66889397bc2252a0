"use server";
// A student joins a class by its code (only with an account: a guest is first asked to keep their
// progress, so their work follows them), or leaves one.
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { joinClassByCode, leaveMyClass, startMyAssignment } from "@/app/_data/classes/service";
import { assignmentIdSchema, classIdSchema, joinClassSchema } from "@/app/_schemas/classes";
import { defineAction, fail, formInput } from "../safe-action";

export const joinClassAction = defineAction({ caller: "anyone", errors: "teach", refill: ["code"] }, formInput(joinClassSchema)).stateAction(
  async ({ parsedInput, ctx }) => {
    if (!ctx.user) fail("accountRequired", { field: "code" });
    const outcome = await joinClassByCode(ctx.user, parsedInput.code);
    if (!outcome.ok) fail(outcome.error, { field: "code" });
    return redirect({ href: "/classes", locale: await getLocale() });
  },
);

export const leaveClassAction = defineAction({ caller: "user", errors: "teach", failureRedirect: "/classes" }, formInput(classIdSchema)).action(
  async ({ parsedInput, ctx }) => {
    if (!(await leaveMyClass(ctx.user!, parsedInput.classId))) fail("notFound");
    return redirect({ href: "/classes", locale: await getLocale() });
  },
);

/** Opens an assignment: its quiz (resumed, or shown again when done and retakes are off) or the study page. */
export const startAssignmentAction = defineAction({ caller: "user", errors: "teach", failureRedirect: "/classes" }, formInput(assignmentIdSchema)).action(
  async ({ parsedInput, ctx }) => {
    const locale = await getLocale();
    const outcome = await startMyAssignment(ctx.user!, parsedInput.assignmentId);
    if (!outcome.ok) fail(outcome.error);
    if (outcome.kind === "study") return redirect({ href: { pathname: "/study", query: { deck: outcome.deckKey } }, locale });
    if (outcome.finished) return redirect({ href: `/quiz/${outcome.attemptId}/results`, locale });
    return redirect({ href: { pathname: `/quiz/${outcome.attemptId}` }, locale });
  },
);

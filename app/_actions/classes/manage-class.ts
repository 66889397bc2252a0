"use server";
// A teacher's own classes: create, rename, archive or restore, remove a student. Each acts only on a
// class the teacher owns (anything else is "not found"), then shows the class page again.
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { archiveTeacherClass, createTeacherClass, removeClassMember, renameTeacherClass } from "@/app/_data/classes/service";
import { classIdSchema, createClassSchema, removeMemberSchema, renameClassSchema } from "@/app/_schemas/classes";
import { defineAction, fail, formInput } from "../safe-action";

const back = async (classId: string) => redirect({ href: `/teach/classes/${classId}`, locale: await getLocale() });

export const createClassAction = defineAction({ caller: "teacher", errors: "teach", refill: ["name"] }, formInput(createClassSchema)).stateAction(
  async ({ parsedInput, ctx }) => back((await createTeacherClass(ctx.user!, parsedInput.name)).id),
);

export const renameClassAction = defineAction({ caller: "teacher", errors: "teach", refill: ["name"] }, formInput(renameClassSchema)).stateAction(
  async ({ parsedInput, ctx }) => {
    if (!(await renameTeacherClass(ctx.user!, parsedInput.classId, parsedInput.name))) fail("notFound");
    return back(parsedInput.classId);
  },
);

export const archiveClassAction = defineAction({ caller: "teacher", errors: "teach", failureRedirect: "/teach" }, formInput(classIdSchema.extend({ archive: classIdSchema.shape.classId.optional() }))).action(
  async ({ parsedInput, ctx }) => {
    if (!(await archiveTeacherClass(ctx.user!, parsedInput.classId, parsedInput.archive !== undefined))) fail("notFound");
    return back(parsedInput.classId);
  },
);

export const removeMemberAction = defineAction({ caller: "teacher", errors: "teach", failureRedirect: "/teach" }, formInput(removeMemberSchema)).action(
  async ({ parsedInput, ctx }) => {
    if (!(await removeClassMember(ctx.user!, parsedInput.classId, parsedInput.userId))) fail("notFound");
    return back(parsedInput.classId);
  },
);

"use server";
// "Assign the missed facts": one button on the class page makes a quiz of exactly the facts the class
// misses most and assigns it to the class for a week.
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { assignMissed, loadTeacherClass } from "@/app/_data/classes/service";
import { assignMissedSchema } from "@/app/_schemas/classes";
import { defineAction, fail, formInput } from "../safe-action";

export const assignMissedAction = defineAction({ caller: "teacher", errors: "teach", failureRedirect: "/teach" }, formInput(assignMissedSchema)).action(
  async ({ parsedInput, ctx }) => {
    const locale = await getLocale();
    const klass = await loadTeacherClass(ctx.user!, parsedInput.classId);
    if (!klass) fail("notFound");
    const t = await getTranslations("Classes");
    const outcome = await assignMissed(ctx.user!, klass.id, t("missed.quizTitle", { name: klass.name }), locale === "en" ? "en-en" : "ja-ja");
    if (!outcome.ok) fail(outcome.error);
    return redirect({ href: `/teach/classes/${klass.id}`, locale });
  },
);

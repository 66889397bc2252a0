"use client";
// Names a new class, or renames one (with `classId`): react-hook-form with the action's own schema.
import { useTranslations } from "next-intl";
import { createClassAction, renameClassAction } from "@/app/_actions/classes/manage-class";
import { CLASS_NAME_MAX_LENGTH } from "@/app/_schemas/constants";
import { useActionForm } from "../forms/use-action-form";
import { useErrorText } from "../forms/use-error-text";
import { TextField } from "../forms/TextField";
import { FormAlert } from "../forms/FormAlert";

export function ClassNameForm({ classId, name }: { classId?: string; name?: string }) {
  const t = useTranslations("Classes");
  const errorText = useErrorText("teach");
  const { failure, answeredAt, pending, form, formRef, formAction, onSubmit, preloadProps } = useActionForm(
    classId ? renameClassAction : createClassAction,
    () => import("@/app/_schemas/classes").then((m) => (classId ? m.renameClassSchema : m.createClassSchema)),
    (sent) => ({ ...(classId ? { classId } : {}), name: String(sent?.name ?? name ?? "") }),
  );
  const id = classId ? "class-rename" : "class-create";
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} {...preloadProps} noValidate>
      {classId && <input type="hidden" value={classId} {...form.register("classId" as never)} />}
      <TextField
        id={id}
        type="text"
        required
        maxLength={CLASS_NAME_MAX_LENGTH}
        label={classId ? t("rename.label") : t("create.label")}
        error={errorText(form.formState.errors.name?.message)}
        {...form.register("name")}
      />
      <FormAlert message={errorText(failure?.formError)} key={answeredAt} />
      <button type="submit" className="button" disabled={pending}>
        {classId ? t("rename.submit") : t("create.submit")}
      </button>
    </form>
  );
}

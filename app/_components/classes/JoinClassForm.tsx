"use client";
// Joining a class by its code (typed, or filled in from a join link).
import { useTranslations } from "next-intl";
import { joinClassAction } from "@/app/_actions/classes/join-class";
import { useActionForm } from "../forms/use-action-form";
import { useErrorText } from "../forms/use-error-text";
import { TextField } from "../forms/TextField";
import { FormAlert } from "../forms/FormAlert";

export function JoinClassForm({ code = "", hidden = false }: { code?: string; hidden?: boolean }) {
  const t = useTranslations("Classes");
  const errorText = useErrorText("teach");
  const { failure, answeredAt, pending, form, formRef, formAction, onSubmit, preloadProps } = useActionForm(joinClassAction, () => import("@/app/_schemas/classes").then((m) => m.joinClassSchema), (sent) => ({
    code: String(sent?.code ?? code),
  }));
  const codeError = errorText(form.formState.errors.code?.message);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} {...preloadProps} noValidate>
      {hidden ? (
        <>
          <input type="hidden" {...form.register("code")} />
          {codeError && <p className="field-error" role="alert">{codeError}</p>}
        </>
      ) : (
        <TextField id="class-code" type="text" autoComplete="off" autoCapitalize="characters" spellCheck={false} required label={t("join.code")} hint={t("join.codeHint")} error={codeError} {...form.register("code")} />
      )}
      <FormAlert message={errorText(failure?.formError)} key={answeredAt} />
      <button type="submit" className="button" disabled={pending}>
        {t("join.submit")}
      </button>
    </form>
  );
}

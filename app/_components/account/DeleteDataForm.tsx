"use client";
import { useTranslations } from "next-intl";
import { deleteDataAction } from "@/app/_actions/account/delete-data";
import { useActionForm } from "../forms/use-action-form";
import { useErrorText } from "../forms/use-error-text";
import { FormAlert } from "../forms/FormAlert";
import styles from "./account.module.css";

/** Deleting takes two steps: open the panel, then confirm with the checkbox and the button. */
export function DeleteDataForm() {
  const t = useTranslations("Account.delete");
  const errorText = useErrorText("account");
  const { failure, answeredAt, pending, form, formRef, formAction, onSubmit, preloadProps } = useActionForm(deleteDataAction, () => import("@/app/_schemas/account").then((m) => m.deleteDataSchema), () => ({}));
  const confirmError = errorText(form.formState.errors.confirm?.message);
  return (
    <details className={styles.danger} open={failure ? true : undefined}>
      <summary className={styles.dangerSummary}>{t("open")}</summary>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} {...preloadProps} noValidate className={styles.form}>
        <p id="delete-warning">{t("warning")}</p>
        <div className="field">
          <label className={styles.choice}>
            <input
              type="checkbox"
              value="yes"
              aria-invalid={confirmError ? true : undefined}
              aria-describedby={confirmError ? "delete-confirm-error delete-warning" : "delete-warning"}
              {...form.register("confirm")}
            />
            <span>{t("confirm")}</span>
          </label>
          {confirmError && (
            <p id="delete-confirm-error" className="field-error">
              {confirmError}
            </p>
          )}
        </div>
        <FormAlert message={errorText(failure?.formError)} key={answeredAt} />
        <button type="submit" className={`button ${styles.dangerButton}`} disabled={pending}>
          {pending ? t("pending") : t("submit")}
        </button>
      </form>
    </details>
  );
}

"use client";
import { useTranslations } from "next-intl";
import { claimAccountAction } from "@/app/_actions/account/claim-account";
import { PASSWORD_MAX, USERNAME_MAX } from "@/app/_schemas/constants";
import { useActionForm } from "../forms/use-action-form";
import { useErrorText } from "../forms/use-error-text";
import { TextField } from "../forms/TextField";
import { FormAlert } from "../forms/FormAlert";
import styles from "./account.module.css";

export function ClaimAccountForm() {
  const t = useTranslations("Account.claim");
  const errorText = useErrorText("account");
  const { failure, answeredAt, pending, form, formRef, formAction, onSubmit, preloadProps, defaults } = useActionForm(claimAccountAction, () => import("@/app/_schemas/account").then((m) => m.claimAccountSchema), (sent) => ({
    username: String(sent?.username ?? ""),
    password: "",
    confirmPassword: "",
  }));
  const { errors } = form.formState;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} {...preloadProps} noValidate className={styles.form}>
      <TextField
        id="claim-username"
        label={t("username")}
        hint={t("usernameHint")}
        error={errorText(errors.username?.message)}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={USERNAME_MAX + 8}
        required
        defaultValue={defaults.username}
        {...form.register("username")}
      />
      <TextField
        id="claim-password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        error={errorText(errors.password?.message)}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        required
        {...form.register("password")}
      />
      <TextField
        id="claim-confirm"
        type="password"
        label={t("confirmPassword")}
        error={errorText(errors.confirmPassword?.message)}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        required
        {...form.register("confirmPassword")}
      />
      <FormAlert message={errorText(failure?.formError, failure?.retryAfterMinutes)} key={answeredAt} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}

"use client";
import { useTranslations } from "next-intl";
import { signInAction } from "@/app/_actions/account/sign-in";
import { PASSWORD_MAX } from "@/app/_schemas/constants";
import { useActionForm } from "../forms/use-action-form";
import { useErrorText } from "../forms/use-error-text";
import { TextField } from "../forms/TextField";
import { FormAlert } from "../forms/FormAlert";
import styles from "./account.module.css";

export function SignInForm() {
  const t = useTranslations("Account.signIn");
  const errorText = useErrorText("account");
  const { failure, answeredAt, pending, form, formRef, formAction, onSubmit, preloadProps, defaults } = useActionForm(signInAction, () => import("@/app/_schemas/account").then((m) => m.signInSchema), (sent) => ({
    username: String(sent?.username ?? ""),
    password: "",
  }));
  const { errors } = form.formState;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} {...preloadProps} noValidate className={styles.form}>
      <TextField
        id="sign-in-username"
        label={t("username")}
        error={errorText(errors.username?.message)}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={defaults.username}
        {...form.register("username")}
      />
      <TextField
        id="sign-in-password"
        type="password"
        label={t("password")}
        error={errorText(errors.password?.message)}
        autoComplete="current-password"
        maxLength={PASSWORD_MAX}
        required
        {...form.register("password")}
      />
      <FormAlert message={errorText(failure?.formError, failure?.retryAfterMinutes)} key={answeredAt} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}

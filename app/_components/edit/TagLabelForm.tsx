"use client";
// One tag's labels in both languages, checked with the tag record's schema before the action runs.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { tagRecord, type TagRecord } from "@/app/_schemas/interchange";
import { failureOf } from "@/app/_actions/action-result";
import { saveTagAction } from "@/app/_actions/edit/save-tag";
import { TextField } from "../forms/TextField";
import { FormAlert } from "../forms/FormAlert";
import { useErrorText } from "../forms/use-error-text";

export function TagLabelForm({ tag }: { tag: TagRecord }) {
  const t = useTranslations("EditTags");
  const errorText = useErrorText("edit");
  const form = useForm<TagRecord>({ resolver: zodResolver(tagRecord), defaultValues: tag, reValidateMode: "onChange" });
  const [message, setMessage] = useState<{ tone: "error" | "success"; text?: string }>();
  const onSubmit = form.handleSubmit(async (input) => {
    const failure = failureOf(await saveTagAction(input));
    if (!failure) return setMessage({ tone: "success", text: t("saved") });
    for (const [name, code] of Object.entries(failure.fieldErrors ?? {})) form.setError(name as keyof TagRecord, { type: "server", message: code });
    setMessage({ tone: "error", text: failure.formError ? errorText(failure.formError) : undefined });
  });
  const err = (name: keyof TagRecord) => errorText(form.formState.errors[name]?.message);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={tag.key} className="card stack">
      <p>
        <code>{tag.key}</code>
      </p>
      <TextField id={`tag-${tag.key}-ja`} label={t("labelJa")} lang="ja" error={err("labelJa")} {...form.register("labelJa")} />
      <TextField id={`tag-${tag.key}-en`} label={t("labelEn")} lang="en" error={err("labelEn")} {...form.register("labelEn")} />
      <FormAlert tone={message?.tone} message={message?.text} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t("save")}
      </button>
    </form>
  );
}

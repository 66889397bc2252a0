"use client";
// Creates or edits a source: its metadata and its text, pasted or read from a UTF-8 file. Checked in
// the browser with the schema the action and the import use; the server splits the text into paragraphs.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/app/_i18n/navigation";
import { sourceEditInput, type SourceEditInput, type SourceEditValues } from "@/app/_schemas/edit";
import { splitParagraphs } from "@/app/_domain/sources/paragraphs";
import { failureOf } from "@/app/_actions/action-result";
import { saveSourceAction } from "@/app/_actions/edit/save-source";
import { TextField } from "../forms/TextField";
import { FormAlert } from "../forms/FormAlert";
import { useErrorText } from "../forms/use-error-text";
import { TextAreaField } from "./TextAreaField";

type Field = Exclude<keyof SourceEditValues, "originalKey">;
const FIELDS: { name: Field; lang?: "ja" | "en" }[] = [
  { name: "titleJa", lang: "ja" },
  { name: "titleEn", lang: "en" },
  { name: "authorJa", lang: "ja" },
  { name: "authorEn", lang: "en" },
  { name: "publisherJa", lang: "ja" },
  { name: "publisherEn", lang: "en" },
  { name: "publishedOn" },
];

export function SourceForm({ initial }: { initial: SourceEditValues }) {
  const t = useTranslations("EditSource");
  const errorText = useErrorText("edit");
  const router = useRouter();
  const editing = initial.originalKey !== null && initial.originalKey !== undefined;
  const form = useForm<SourceEditValues, unknown, SourceEditInput>({
    resolver: zodResolver(sourceEditInput),
    mode: "onSubmit",
    reValidateMode: "onChange",
    defaultValues: { ...initial, url: initial.url ?? "" },
  });
  const { register, formState, setError, setValue, watch } = form;
  const [formError, setFormError] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const paragraphCount = splitParagraphs(watch("text") ?? "").length;

  const onFile = async (file: File | undefined) => {
    setFileError(undefined);
    if (!file) return;
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
      setValue("text", text, { shouldValidate: true });
    } catch {
      setFileError(t("notUtf8"));
    }
  };

  const onSubmit = form.handleSubmit(async (input) => {
    setFormError(undefined);
    setSaved(false);
    const result = await saveSourceAction(input);
    const failure = failureOf(result);
    if (!failure) {
      setSaved(true);
      if (!editing) router.push(`/edit/sources/${encodeURIComponent(input.key)}`);
      else router.refresh();
      return;
    }
    const fields = Object.entries(failure.fieldErrors ?? {});
    for (const [name, code] of fields) setError(name as Field, { type: "server", message: code }, { shouldFocus: true });
    if (failure.formError || fields.length === 0) setFormError(errorText(failure.formError ?? "unknown"));
  });
  const err = (name: Field) => errorText(formState.errors[name]?.message as string | undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <TextField id="source-key" label={t("key")} hint={t("keyHint")} error={err("key")} readOnly={editing} autoComplete="off" {...register("key")} />
      {FIELDS.map(({ name, lang }) => (
        <TextField key={name} id={`source-${name}`} label={t(name as "key")} error={err(name)} lang={lang} {...register(name)} />
      ))}
      <TextField id="source-url" label={t("url")} error={err("url")} type="url" {...register("url", { setValueAs: (v) => (v === "" || v === null ? null : v) })} />
      <div className="field">
        <label htmlFor="source-file">{t("file")}</label>
        <input id="source-file" type="file" accept=".txt,text/plain" onChange={(e) => onFile(e.target.files?.[0])} aria-describedby={fileError ? "source-file-error" : undefined} />
        {fileError && (
          <p id="source-file-error" className="field-error" role="alert">
            {fileError}
          </p>
        )}
      </div>
      <TextAreaField id="source-text" label={t("text")} hint={t("textHint")} error={err("text")} rows={12} lang="ja" {...register("text")} />
      <p className="muted" role="status">
        {t("paragraphs", { count: paragraphCount })}
      </p>
      <FormAlert message={formError} />
      <FormAlert tone="success" message={saved ? t("saved") : undefined} />
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("saving") : t("save")}
      </button>
    </form>
  );
}

"use client";
// The deck, entity and term form: fields from record-form-specs, checked with the record's shared
// schema, saved by the record's action. A reading field offers the server's furigana suggestion.
import { useState } from "react";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/app/_i18n/navigation";
import { failureOf } from "@/app/_actions/action-result";
import { saveDeckAction } from "@/app/_actions/edit/save-deck";
import { saveEntityAction } from "@/app/_actions/edit/save-entity";
import { saveTermAction } from "@/app/_actions/edit/save-term";
import { suggestReadingAction } from "@/app/_actions/edit/suggest-reading";
import { TextField } from "../forms/TextField";
import { FormAlert } from "../forms/FormAlert";
import { useErrorText } from "../forms/use-error-text";
import { TextAreaField } from "./TextAreaField";
import { FIELDS, RECORD_PATHS, SCHEMAS, toFormValues, toRecordInput, type RecordKind } from "./record-form-specs";

type Choice = { key: string; label: string };
const ACTIONS = { deck: saveDeckAction, entity: saveEntityAction, term: saveTermAction } as const;

export function RecordForm({ kind, initial, sources, decks }: { kind: RecordKind; initial: Record<string, unknown>; sources: Choice[]; decks: Choice[] }) {
  const t = useTranslations("EditRecord");
  const errorText = useErrorText("edit");
  const router = useRouter();
  const editing = initial.originalKey !== null && initial.originalKey !== undefined;
  const schemaResolver = zodResolver(SCHEMAS[kind] as never) as unknown as Resolver<FieldValues>;
  const resolver: Resolver<FieldValues> = (values, context, options) => schemaResolver(toRecordInput(kind, values), context, options);
  const form = useForm<FieldValues>({ resolver, mode: "onSubmit", reValidateMode: "onChange", defaultValues: toFormValues(kind, initial) });
  const { register, formState, setError, setValue, getValues } = form;
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [suggesting, setSuggesting] = useState(false);

  const onSubmit = form.handleSubmit(async (input) => {
    setFormError(undefined);
    setSaved(false);
    const failure = failureOf(await (ACTIONS[kind] as (i: unknown) => Promise<Parameters<typeof failureOf>[0]>)(input));
    if (!failure) {
      setSaved(true);
      if (!editing) router.push(`${RECORD_PATHS[kind]}/${input.key}`);
      else router.refresh();
      return;
    }
    const fields = Object.entries(failure.fieldErrors ?? {});
    for (const [name, code] of fields) setError(name, { type: "server", message: code }, { shouldFocus: true });
    if (failure.formError || fields.length === 0) setFormError(errorText(failure.formError ?? "unknown"));
  });

  const suggest = async (field: string, from: string) => {
    const text = String(getValues(from) ?? "").trim();
    if (!text) return;
    setSuggesting(true);
    const result = await suggestReadingAction({ text });
    setSuggesting(false);
    if (result?.data) setValue(field, result.data.reading, { shouldDirty: true });
  };

  const err = (name: string) => errorText(formState.errors[name]?.message as string | undefined);
  const label = (name: string) => t(`fields.${name}` as "fields.key");
  const select = (name: string, choices: Choice[], blank: boolean) => (
    <div className="field" key={name}>
      <label htmlFor={`${kind}-${name}`}>{label(name)}</label>
      <select id={`${kind}-${name}`} {...register(name)}>
        {blank && <option value="">{t("none")}</option>}
        {choices.map((c) => (
          <option key={c.key} value={c.key}>
            {c.label}
          </option>
        ))}
      </select>
      {err(name) && <p className="field-error">{err(name)}</p>}
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <TextField id={`${kind}-key`} label={label("key")} hint={t("keyHint")} error={err("key")} readOnly={editing} autoComplete="off" {...register("key")} />
      {FIELDS[kind].map((f) => {
        const id = `${kind}-${f.name}`;
        switch (f.control) {
          case "area":
          case "lineList":
            return <TextAreaField key={f.name} id={id} label={label(f.name)} lang={f.lang} rows={3} error={err(f.name)} {...register(f.name)} />;
          case "checkbox":
            return (
              <div className="field" key={f.name}>
                <label>
                  <input type="checkbox" {...register(f.name)} /> {label(f.name)}
                </label>
              </div>
            );
          case "select":
            return select(f.name, (f.options ?? []).map((o) => ({ key: o, label: t(`entityTypes.${o}` as "entityTypes.other") })), false);
          case "sourceSelect":
            return select(f.name, sources, kind === "deck");
          case "deckSelect":
            return select(f.name, decks, false);
          case "parentSelect":
            return select(f.name, decks.filter((d) => d.key !== initial.key), true);
          default:
            return (
              <div key={f.name}>
                <TextField id={id} label={label(f.name)} lang={f.lang} error={err(f.name)} inputMode={f.control === "number" ? "numeric" : undefined} {...register(f.name)} />
                {f.readingOf && (
                  <button type="button" className="button button--secondary" disabled={suggesting} onClick={() => suggest(f.name, f.readingOf!)}>
                    {t("suggestReading")}
                  </button>
                )}
              </div>
            );
        }
      })}
      <FormAlert message={formError} />
      <FormAlert tone="success" message={saved ? t("saved") : undefined} />
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("saving") : t("save")}
      </button>
    </form>
  );
}

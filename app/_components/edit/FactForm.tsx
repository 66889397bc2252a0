"use client";
// Creates or edits a fact. The browser checks with the schema the action and the import use; the
// passage is looked up in the chosen source's paragraphs as it is typed, which fills in the paragraph
// and its locators. The server checks everything again before saving.
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/app/_i18n/navigation";
import { factEditInput, missingLanguages, type FactEditInput, type FactEditValues } from "@/app/_schemas/edit";
import { ANSWER_TYPES } from "@/app/_schemas/interchange";
import { failureOf } from "@/app/_actions/action-result";
import { saveFactAction } from "@/app/_actions/edit/save-fact";
import { locatePassage, paragraphLocator } from "@/app/_domain/sources/paragraphs";
import { TextField } from "../forms/TextField";
import { FormAlert } from "../forms/FormAlert";
import { useErrorText } from "../forms/use-error-text";
import { TextAreaField } from "./TextAreaField";
import { toFactFormValues, toFactInput, type FactFormValues } from "./fact-form-values";

type SourceChoice = { key: string; title: string; paragraphs: string[] };
type DeckChoice = { key: string; name: string };

const schemaResolver = zodResolver(factEditInput);
// The shared schema, applied to the form's text turned into the record's lists.
const resolver: Resolver<FactFormValues, unknown, FactEditInput> = (values, context, options) =>
  schemaResolver(toFactInput(values), context, options as never) as never;

export function FactForm({ initial, sources, decks }: { initial: FactEditValues; sources: SourceChoice[]; decks: DeckChoice[] }) {
  const t = useTranslations("EditFact");
  const tLang = useTranslations("Edit.languages");
  const errorText = useErrorText("edit");
  const router = useRouter();
  const editing = initial.originalKey !== null && initial.originalKey !== undefined;
  const form = useForm<FactFormValues, unknown, FactEditInput>({ resolver, mode: "onSubmit", reValidateMode: "onChange", defaultValues: toFactFormValues(initial) });
  const { register, formState, watch, setValue, setError } = form;
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);

  const source = sources.find((s) => s.key === watch("sourceKey"));
  const passage = watch("passage") ?? "";
  const found = source && source.paragraphs.length > 0 ? locatePassage(source.paragraphs, passage) : null;
  const passageStatus = !source || passage.trim() === "" ? null : source.paragraphs.length === 0 ? t("passageUnchecked") : found ? t("passageFound", { paragraph: found }) : t("passageMissing");
  const missing = missingLanguages(watch());

  const onPassage = (value: string) => {
    if (!source || source.paragraphs.length === 0) return;
    const paragraph = locatePassage(source.paragraphs, value);
    if (paragraph === null) return;
    const locators = paragraphLocator(paragraph);
    setValue("paragraph", String(paragraph));
    setValue("locatorJa", locators.locatorJa);
    setValue("locatorEn", locators.locatorEn);
  };

  const onSubmit = form.handleSubmit(async (input) => {
    setFormError(undefined);
    setSaved(false);
    const result = await saveFactAction(input);
    const failure = failureOf(result);
    if (!failure) {
      setSaved(true);
      if (!editing) router.push(`/edit/facts/${encodeURIComponent(input.key)}`);
      else router.refresh();
      return;
    }
    const fields = Object.entries(failure.fieldErrors ?? {});
    for (const [name, code] of fields) setError(name as keyof FactFormValues, { type: "server", message: code }, { shouldFocus: true });
    if (failure.formError || fields.length === 0) setFormError(errorText(failure.formError ?? "unknown"));
  });

  const err = (name: keyof FactFormValues) => errorText(formState.errors[name]?.message as string | undefined);
  const text = (name: keyof FactFormValues, lang?: "ja" | "en") => (
    <TextField id={`fact-${name}`} label={t(name as "key")} error={err(name)} lang={lang} {...register(name)} />
  );
  const area = (name: keyof FactFormValues, lang?: "ja" | "en", rows = 3) => (
    <TextAreaField id={`fact-${name}`} label={t(name as "key")} error={err(name)} lang={lang} rows={rows} {...register(name)} />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      {missing.map((lang) => (
        <p key={lang} className="alert" role="note">
          {t("missingLanguage", { language: tLang(lang) })}
        </p>
      ))}
      <TextField id="fact-key" label={t("key")} hint={t("keyHint")} error={err("key")} readOnly={editing} autoComplete="off" {...register("key")} />
      <div className="field">
        <label htmlFor="fact-sourceKey">{t("source")}</label>
        <select id="fact-sourceKey" {...register("sourceKey")}>
          {sources.map((s) => (
            <option key={s.key} value={s.key}>
              {s.title}
            </option>
          ))}
        </select>
        {err("sourceKey") && <p className="field-error">{err("sourceKey")}</p>}
      </div>
      <div className="field">
        <label htmlFor="fact-deckKey">{t("deck")}</label>
        <select id="fact-deckKey" {...register("deckKey")}>
          {decks.map((d) => (
            <option key={d.key} value={d.key}>
              {d.name}
            </option>
          ))}
        </select>
        {err("deckKey") && <p className="field-error">{err("deckKey")}</p>}
      </div>
      <div className="field">
        <label htmlFor="fact-answerType">{t("answerType")}</label>
        <select id="fact-answerType" {...register("answerType")}>
          {ANSWER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`answerTypes.${type}`)}
            </option>
          ))}
        </select>
      </div>
      {text("answerValue")}
      {text("answerEntityKeys")}
      {text("subjectEntityKeys")}
      <fieldset>
        <legend>{t("japanese")}</legend>
        {area("questionJa", "ja", 2)}
        {area("statementJa", "ja")}
        {text("answerTextJa", "ja")}
        {area("acceptedJa", "ja", 2)}
        {area("explanationJa", "ja", 2)}
      </fieldset>
      <fieldset>
        <legend>{t("english")}</legend>
        {area("questionEn", "en", 2)}
        {area("statementEn", "en")}
        {text("answerTextEn", "en")}
        {area("acceptedEn", "en", 2)}
        {area("explanationEn", "en", 2)}
      </fieldset>
      <TextAreaField
        id="fact-passage"
        label={t("passage")}
        error={err("passage")}
        lang="ja"
        rows={3}
        aria-describedby="fact-passage-status"
        {...register("passage", { onChange: (e) => onPassage(e.target.value) })}
      />
      <p id="fact-passage-status" role="status" aria-live="polite" className={found ? "muted" : "field-error"}>
        {passageStatus}
      </p>
      {text("locatorJa", "ja")}
      {text("locatorEn", "en")}
      <input type="hidden" {...register("paragraph")} />
      {text("tags")}
      <div className="field">
        <label htmlFor="fact-difficulty">{t("difficulty")}</label>
        <select id="fact-difficulty" {...register("difficulty")}>
          {["1", "2", "3"].map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" {...register("published")} /> {t("publishedLabel")}
        </label>
      </div>
      <FormAlert message={formError} />
      <FormAlert tone="success" message={saved ? t("saved") : undefined} />
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("saving") : t("save")}
      </button>
    </form>
  );
}

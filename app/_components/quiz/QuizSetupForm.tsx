"use client";
// The set-up form: react-hook-form validates with the same zod schema the start-quiz action parses
// again. The <form action> also works before JavaScript has loaded.
import { startTransition, useActionState, useMemo, useRef } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startQuizAction } from "@/app/_actions/quiz/start-quiz";
import { idleQuizFormState } from "@/app/_actions/quiz/form-state";
import { DEFAULT_QUESTION_COUNT, MAX_QUESTIONS, quizSetupSchema, type QuizSetup, type QuizSetupInput } from "@/app/_schemas/quiz";
import { DIRECTIONS, QUESTION_TYPES, type Direction } from "@/app/_domain/quiz/types";
import { useQuizErrorText } from "./use-quiz-error-text";
import styles from "./quiz.module.css";

export interface DeckOption {
  key: string;
  name: string;
  depth: number;
  factCount: number;
}

type Props = { decks: DeckOption[]; tags: string[]; defaultDirection: Direction };

export function QuizSetupForm({ decks, tags, defaultDirection }: Props) {
  const t = useTranslations("Quiz");
  const errorText = useQuizErrorText();
  const [state, formAction, pending] = useActionState(startQuizAction, idleQuizFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const serverErrors = useMemo(() => {
    const entries = Object.entries(state.fieldErrors ?? {});
    if (entries.length === 0) return undefined;
    return Object.fromEntries(entries.map(([name, code]) => [name, { type: "server", message: code }])) as FieldErrors<QuizSetupInput>;
  }, [state]);
  const sent = state.values;
  const form = useForm<QuizSetupInput, unknown, QuizSetup>({
    resolver: zodResolver(quizSetupSchema),
    mode: "onTouched",
    defaultValues: {
      deck: String(sent?.deck ?? "all"),
      tag: String(sent?.tag ?? ""),
      count: String(sent?.count ?? DEFAULT_QUESTION_COUNT),
      types: sent?.types ? [sent.types].flat() : [...QUESTION_TYPES],
      direction: (sent?.direction as Direction | undefined) || defaultDirection,
      seed: String(sent?.seed ?? ""),
    },
    errors: serverErrors,
  });
  const onSubmit = form.handleSubmit(() => {
    const data = new FormData(formRef.current!);
    startTransition(() => formAction(data));
  });
  const { errors } = form.formState;
  const countError = errorText(errors.count?.message);
  const typesError = errorText(errors.types?.message ?? errors.types?.root?.message);
  const directionError = errorText(errors.direction?.message);
  const seedError = errorText(errors.seed?.message);
  const formError = errorText(state.formError);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-labelledby="quiz-setup-title">
      <h2 id="quiz-setup-title">{t("setup.title")}</h2>
      <div className={styles.row}>
        <div className="field">
          <label htmlFor="quiz-deck">{t("setup.deck")}</label>
          <select id="quiz-deck" {...form.register("deck")}>
            <option value="all">{t("setup.allDecks")}</option>
            {decks.map((deck) => (
              <option key={deck.key} value={deck.key}>
                {"\u2003".repeat(deck.depth)}
                {deck.name} ({deck.factCount})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="quiz-tag">{t("setup.tag")}</label>
          <select id="quiz-tag" {...form.register("tag")}>
            <option value="">{t("setup.anyTag")}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="quiz-count">{t("setup.count")}</label>
          <p id="quiz-count-hint" className={`muted ${styles.hint}`}>
            {t("setup.countHint", { max: MAX_QUESTIONS })}
          </p>
          <input
            id="quiz-count"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_QUESTIONS}
            required
            aria-invalid={countError ? true : undefined}
            aria-describedby={countError ? "quiz-count-error quiz-count-hint" : "quiz-count-hint"}
            {...form.register("count")}
          />
          {countError && (
            <p id="quiz-count-error" className="field-error">
              {countError}
            </p>
          )}
        </div>
      </div>

      <fieldset className={styles.group} aria-describedby={typesError ? "quiz-types-error" : undefined}>
        <legend>{t("setup.types")}</legend>
        <div className={styles.checks}>
          {QUESTION_TYPES.map((type) => (
            <label key={type} className={styles.check}>
              <input type="checkbox" value={type} aria-invalid={typesError ? true : undefined} {...form.register("types")} />
              {t(`types.${type}`)}
            </label>
          ))}
        </div>
        {typesError && (
          <p id="quiz-types-error" className="field-error">
            {typesError}
          </p>
        )}
      </fieldset>

      <fieldset className={styles.group} aria-describedby={directionError ? "quiz-direction-error" : undefined}>
        <legend>{t("setup.direction")}</legend>
        <div className={styles.checks}>
          {DIRECTIONS.map((direction) => (
            <label key={direction} className={styles.check}>
              <input type="radio" value={direction} {...form.register("direction")} />
              {t(`directions.${direction}`)}
            </label>
          ))}
        </div>
        {directionError && (
          <p id="quiz-direction-error" className="field-error">
            {directionError}
          </p>
        )}
      </fieldset>

      <div className="field">
        <label htmlFor="quiz-seed">{t("setup.seed")}</label>
        <p id="quiz-seed-hint" className={`muted ${styles.hint}`}>
          {t("setup.seedHint")}
        </p>
        <input
          id="quiz-seed"
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={120}
          aria-invalid={seedError ? true : undefined}
          aria-describedby={seedError ? "quiz-seed-error quiz-seed-hint" : "quiz-seed-hint"}
          {...form.register("seed")}
        />
        {seedError && (
          <p id="quiz-seed-error" className="field-error">
            {seedError}
          </p>
        )}
      </div>

      <div role="alert" aria-atomic="true" key={state.at}>
        {formError && <p className="alert">{formError}</p>}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("setup.pending") : t("setup.submit")}
      </button>
    </form>
  );
}

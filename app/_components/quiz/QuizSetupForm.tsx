"use client";
// The set-up form: react-hook-form validates with the same zod schema the start-quiz action parses
// again. The <form action> also works before JavaScript has loaded.
import { useTranslations } from "next-intl";
import { startQuizAction } from "@/app/_actions/quiz/start-quiz";
import { DEFAULT_QUESTION_COUNT, SEED_MAX_LENGTH } from "@/app/_schemas/constants";
import { DIRECTIONS, MAX_QUESTIONS, QUESTION_TYPES, type Direction } from "@/app/_domain/quiz/types";
import { useActionForm } from "../forms/use-action-form";
import { useErrorText } from "../forms/use-error-text";
import { TextField } from "../forms/TextField";
import { FormAlert } from "../forms/FormAlert";
import styles from "./quiz.module.css";

export interface DeckOption {
  key: string;
  name: string;
  depth: number;
  factCount: number;
}

type Props = { decks: DeckOption[]; tags: { key: string; label: string }[]; defaultDirection: Direction };

export function QuizSetupForm({ decks, tags, defaultDirection }: Props) {
  const t = useTranslations("Quiz");
  const errorText = useErrorText("quiz");
  const { failure, answeredAt, pending, form, formRef, formAction, onSubmit, preloadProps } = useActionForm(
    startQuizAction,
    () => import("@/app/_schemas/quiz").then((m) => m.quizSetupSchema),
    (sent) => ({
      deck: String(sent?.deck ?? "all"),
      tag: String(sent?.tag ?? ""),
      count: String(sent?.count ?? DEFAULT_QUESTION_COUNT),
      types: sent?.types ? [sent.types].flat() : [...QUESTION_TYPES],
      direction: (sent?.direction as Direction | undefined) || defaultDirection,
      seed: String(sent?.seed ?? ""),
    }),
    { mode: "onTouched" },
  );
  const { errors } = form.formState;
  const countError = errorText(errors.count?.message);
  const typesError = errorText(errors.types?.message ?? errors.types?.root?.message);
  const directionError = errorText(errors.direction?.message);
  const seedError = errorText(errors.seed?.message);
  const formError = errorText(failure?.formError);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} {...preloadProps} noValidate aria-labelledby="quiz-setup-title">
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
              <option key={tag.key} value={tag.key}>
                {tag.label}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="quiz-count"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_QUESTIONS}
          required
          label={t("setup.count")}
          hint={t("setup.countHint", { max: MAX_QUESTIONS })}
          error={countError}
          {...form.register("count")}
        />
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

      <TextField
        id="quiz-seed"
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={SEED_MAX_LENGTH}
        label={t("setup.seed")}
        hint={t("setup.seedHint")}
        error={seedError}
        {...form.register("seed")}
      />

      <FormAlert message={formError} key={answeredAt} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("setup.pending") : t("setup.submit")}
      </button>
    </form>
  );
}

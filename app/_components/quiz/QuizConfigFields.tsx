"use client";
// The quiz set-up's fields (deck, tag, count, types, direction, seed), shared by the self-study set-up
// form and the teacher's saved-quiz form, whose schemas both extend quizSetupSchema.
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { QuizSetupInput } from "@/app/_schemas/quiz";
import { SEED_MAX_LENGTH } from "@/app/_schemas/constants";
import { DIRECTIONS, MAX_QUESTIONS, QUESTION_TYPES } from "@/app/_domain/quiz/types";
import { TextField } from "../forms/TextField";
import styles from "./quiz.module.css";

/** A tag as the pickers show it: its key (the value sent) and its label in the page's language. */
export type TagOption = { key: string; label: string };

export interface DeckOption {
  key: string;
  name: string;
  depth: number;
  factCount: number;
}

type SetupFields = { [K in keyof QuizSetupInput]?: unknown };

type Props<T extends FieldValues & SetupFields> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: UseFormReturn<T, any, any>;
  errorText: (code: string | null | undefined) => string | undefined;
  decks: DeckOption[];
  tags: TagOption[];
};

export function QuizConfigFields<T extends FieldValues & SetupFields>({ form: typedForm, errorText, decks, tags }: Props<T>) {
  const t = useTranslations("Quiz");
  // The fields are named as in quizSetupSchema, which every form using this one extends.
  const form = typedForm as unknown as UseFormReturn<QuizSetupInput>;
  const { errors } = form.formState;
  const countError = errorText(errors.count?.message);
  const typesError = errorText(errors.types?.message ?? errors.types?.root?.message);
  const directionError = errorText(errors.direction?.message);
  const seedError = errorText(errors.seed?.message);
  const deckError = errorText(errors.deck?.message);
  return (
    <>
      <div className={styles.row}>
        <div className="field">
          <label htmlFor="quiz-deck">{t("setup.deck")}</label>
          <select id="quiz-deck" aria-invalid={deckError ? true : undefined} aria-describedby={deckError ? "quiz-deck-error" : undefined} {...form.register("deck")}>
            <option value="all">{t("setup.allDecks")}</option>
            {decks.map((deck) => (
              <option key={deck.key} value={deck.key}>
                {"\u2003".repeat(deck.depth)}
                {deck.name} ({deck.factCount})
              </option>
            ))}
          </select>
          {deckError && (
            <p id="quiz-deck-error" className="field-error">
              {deckError}
            </p>
          )}
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

    </>
  );
}

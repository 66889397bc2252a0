"use client";
// Creating or editing a saved quiz: its title and the self-study set-up's own fields, validated by
// react-hook-form with the same zod schema the save action parses again.
import { useTranslations } from "next-intl";
import { createSavedQuizAction, updateSavedQuizAction } from "@/app/_actions/teach/save-quiz";
import { DEFAULT_QUESTION_COUNT, TITLE_MAX_LENGTH } from "@/app/_schemas/constants";
import type { QuizSetup } from "@/app/_schemas/quiz";
import { QUESTION_TYPES, type Direction } from "@/app/_domain/quiz/types";
import { useActionForm } from "../forms/use-action-form";
import { useErrorText } from "../forms/use-error-text";
import { TextField } from "../forms/TextField";
import { FormAlert } from "../forms/FormAlert";
import { QuizConfigFields, type DeckOption, type TagOption } from "../quiz/QuizConfigFields";

type Props = {
  decks: DeckOption[];
  tags: TagOption[];
  defaultDirection: Direction;
  /** Editing this quiz; absent for a new one. */
  existing?: { id: string; title: string; setup: QuizSetup };
};

export function SavedQuizForm({ decks, tags, defaultDirection, existing }: Props) {
  const t = useTranslations("Teach");
  const errorText = useErrorText("teach");
  const { failure, answeredAt, pending, form, formRef, formAction, onSubmit, preloadProps } = useActionForm(
    existing ? updateSavedQuizAction : createSavedQuizAction,
    () => import("@/app/_schemas/saved-quiz").then((m) => (existing ? m.savedQuizEditSchema : m.savedQuizSchema)),
    (sent) => ({
      ...(existing ? { id: existing.id } : {}),
      title: String(sent?.title ?? existing?.title ?? ""),
      deck: String(sent?.deck ?? existing?.setup.deck ?? "all"),
      tag: String(sent?.tag ?? existing?.setup.tag ?? ""),
      count: String(sent?.count ?? existing?.setup.count ?? DEFAULT_QUESTION_COUNT),
      types: sent?.types ? [sent.types].flat() : [...(existing?.setup.types ?? QUESTION_TYPES)],
      direction: (sent?.direction as Direction | undefined) || existing?.setup.direction || defaultDirection,
      seed: String(sent?.seed ?? existing?.setup.seed ?? ""),
    }),
    { mode: "onTouched" },
  );
  const titleError = errorText(form.formState.errors.title?.message);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} {...preloadProps} noValidate aria-labelledby="saved-quiz-title">
      <h2 id="saved-quiz-title">{existing ? t("quizForm.editTitle") : t("quizForm.newTitle")}</h2>
      {existing && <input type="hidden" value={existing.id} {...form.register("id" as never)} />}
      <TextField id="saved-quiz-name" type="text" required maxLength={TITLE_MAX_LENGTH} label={t("quizForm.title")} error={titleError} {...form.register("title")} />
      <QuizConfigFields form={form} errorText={errorText} decks={decks} tags={tags} />
      <FormAlert message={errorText(failure?.formError)} key={answeredAt} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("quizForm.pending") : t("quizForm.submit")}
      </button>
    </form>
  );
}

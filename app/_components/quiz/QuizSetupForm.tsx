"use client";
// The set-up form: react-hook-form validates with the same zod schema the start-quiz action parses
// again. The <form action> also works before JavaScript has loaded.
import { useTranslations } from "next-intl";
import { startQuizAction } from "@/app/_actions/quiz/start-quiz";
import { DEFAULT_QUESTION_COUNT } from "@/app/_schemas/constants";
import { QUESTION_TYPES, type Direction } from "@/app/_domain/quiz/types";
import { useActionForm } from "../forms/use-action-form";
import { useErrorText } from "../forms/use-error-text";
import { FormAlert } from "../forms/FormAlert";
import { QuizConfigFields, type DeckOption, type TagOption } from "./QuizConfigFields";

export type { DeckOption };

type Props = { decks: DeckOption[]; tags: TagOption[]; defaultDirection: Direction };

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
  const formError = errorText(failure?.formError);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} {...preloadProps} noValidate aria-labelledby="quiz-setup-title">
      <h2 id="quiz-setup-title">{t("setup.title")}</h2>
      <QuizConfigFields form={form} errorText={errorText} decks={decks} tags={tags} />

      <FormAlert message={formError} key={answeredAt} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("setup.pending") : t("setup.submit")}
      </button>
    </form>
  );
}

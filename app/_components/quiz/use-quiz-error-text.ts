"use client";
import { useTranslations } from "next-intl";
import { QUIZ_ERROR_CODES, type QuizErrorCode } from "@/app/_schemas/quiz";

/** Error codes (from the schema or the server) in the page language. */
export function useQuizErrorText() {
  const t = useTranslations("Quiz.errors");
  return (code: string | null | undefined): string | undefined => {
    if (!code) return undefined;
    return t((QUIZ_ERROR_CODES as readonly string[]).includes(code) ? (code as QuizErrorCode) : "invalid");
  };
}

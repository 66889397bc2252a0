"use client";
import { useTranslations } from "next-intl";
import { errorCode, type ErrorCodeSet } from "@/app/_schemas/error-codes";
import { MAX_TYPED_ANSWER_LENGTH } from "@/app/_domain/quiz/limits";

const NAMESPACES = {
  account: "Account.errors",
  edit: "EditErrors",
  live: "LiveErrors",
  quiz: "Quiz.errors",
  study: "Study.errors",
  teach: "Teach.errors",
} as const;

/** Error codes (from a schema in the browser, or from an action) in the page language. */
export function useErrorText(set: ErrorCodeSet) {
  const t = useTranslations();
  return (code: string | null | undefined, minutes = 1): string | undefined => {
    if (!code) return undefined;
    // The key is one of the set's codes (errorCode falls back to the set's own), each in both catalogs.
    return t(`${NAMESPACES[set]}.${errorCode(set, code)}` as Parameters<typeof t>[0], { minutes, max: MAX_TYPED_ANSWER_LENGTH });
  };
}

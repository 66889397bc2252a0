"use client";
import { useTranslations } from "next-intl";
import { ACCOUNT_ERROR_CODES, type AccountErrorCode } from "@/app/_schemas/account";

/** Error codes (from the schema or the server) in the page language. */
export function useErrorText() {
  const t = useTranslations("Account.errors");
  return (code: string | undefined, minutes = 1): string | undefined => {
    if (!code) return undefined;
    const known = (ACCOUNT_ERROR_CODES as readonly string[]).includes(code) ? (code as AccountErrorCode) : "invalid";
    return t(known, { minutes });
  };
}

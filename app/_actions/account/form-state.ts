// What an account action answers to its form: error codes (translated by the form in the page
// language), never raw messages; plus the non-secret values typed, to refill a form without JavaScript.
import type { z } from "zod";
import { fieldErrorCodes, type AccountErrorCode } from "@/app/_schemas/account";

export type AccountFormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Partial<Record<string, AccountErrorCode>>;
  formError?: AccountErrorCode;
  retryAfterMinutes?: number;
  values?: Record<string, string | string[]>;
  /** Changes on every answer, so the same message twice is announced twice. */
  at?: number;
};

export const idleFormState: AccountFormState = { status: "idle" };

export function invalid(error: z.ZodError, values?: AccountFormState["values"]): AccountFormState {
  return { status: "error", fieldErrors: fieldErrorCodes(error), values, at: Date.now() };
}

export function failed(formError: AccountErrorCode, extra: Partial<AccountFormState> = {}): AccountFormState {
  return { status: "error", formError, at: Date.now(), ...extra };
}

export function succeeded(values?: AccountFormState["values"]): AccountFormState {
  return { status: "success", values, at: Date.now() };
}

/** A text field of a submitted form (a file or a missing field reads as ""). */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export const minutesUntil = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

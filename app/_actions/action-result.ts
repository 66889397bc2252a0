// What every action answers, as the browser sees it (next-safe-action's result): `data` when it ran,
// or `validationErrors` / `serverError` in one shape of error codes that the page translates. Safe to
// import from client components: types and pure helpers only.
import type { SafeActionResult } from "next-safe-action";

export type FormValues = Record<string, string | string[]>;

export type ActionErrors = {
  /** One code per field; the first issue of a field wins. */
  fieldErrors?: Partial<Record<string, string>>;
  /** A code about the whole request (not one field). */
  formError?: string;
  retryAfterMinutes?: number;
  /** The non-secret values sent, to refill a form that was posted without JavaScript. */
  values?: FormValues;
  /** Changes on every answer, so the same message twice is announced twice. */
  at: number;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ActionResult<Data> = SafeActionResult<ActionErrors, any, ActionErrors, Data>;

/** The error of a failed result, or undefined when the action ran. */
export function failureOf(result: { validationErrors?: ActionErrors; serverError?: ActionErrors } | undefined): ActionErrors | undefined {
  return result?.validationErrors ?? result?.serverError;
}

/** The one code to show for a failed result (a field's code when no form code was given). */
export function failureCode(failure: ActionErrors | undefined, fallback: string): string {
  return failure?.formError ?? Object.values(failure?.fieldErrors ?? {})[0] ?? fallback;
}

/**
 * An action called with an object (not a form): its data, or a failure in the action's own
 * `{ ok: false, error }` shape, so the caller handles both the same way.
 */
export function outcomeOf<Data, Code extends string>(
  result: { data?: Data; validationErrors?: ActionErrors; serverError?: ActionErrors } | undefined,
  fallback: Code,
): Data | { ok: false; error: Code } {
  if (result?.data !== undefined) return result.data;
  return { ok: false, error: failureCode(failureOf(result), fallback) as Code };
}

/**
 * For a plain <form action> (no useActionState): the result is not shown (the action redirects, on
 * failure too), so the form may drop it.
 */
export function asFormAction(action: (form: FormData) => Promise<unknown>): (form: FormData) => Promise<void> {
  return action as (form: FormData) => Promise<void>;
}

// The one mapping from validation issues and failures to error codes a page translates. Schemas use
// codes as their issue messages (`{ error: "countRange" }`); anything else (a message zod made up for
// a shape nobody sends by hand) becomes the set's fallback, so no raw text reaches a page.
// Plain constants only: the browser imports this module (through use-error-text) and must not get zod.
import {
  ACCOUNT_ERROR_CODES,
  EDIT_ERROR_CODES,
  LIVE_ERROR_CODES,
  QUIZ_ERROR_CODES,
  STUDY_ERROR_CODES,
  TEACH_ERROR_CODES,
} from "./constants";

/** One set per message namespace: Account.errors, EditErrors, LiveErrors, Quiz.errors, Study.errors, Teach.errors. */
export const ERROR_CODE_SETS = {
  account: { codes: ACCOUNT_ERROR_CODES, fallback: "invalid" },
  edit: { codes: EDIT_ERROR_CODES, fallback: "invalid" },
  live: { codes: LIVE_ERROR_CODES, fallback: "invalid" },
  quiz: { codes: QUIZ_ERROR_CODES, fallback: "invalid" },
  study: { codes: STUDY_ERROR_CODES, fallback: "invalidRequest" },
  teach: { codes: TEACH_ERROR_CODES, fallback: "invalid" },
} as const;
export type ErrorCodeSet = keyof typeof ERROR_CODE_SETS;
export type ErrorCodeOf<S extends ErrorCodeSet> = (typeof ERROR_CODE_SETS)[S]["codes"][number];

export function errorCode<S extends ErrorCodeSet>(set: S, message: string | null | undefined): ErrorCodeOf<S> {
  const { codes, fallback } = ERROR_CODE_SETS[set];
  return ((codes as readonly string[]).includes(message ?? "") ? message : fallback) as ErrorCodeOf<S>;
}

/** One code per field (the first issue wins); issues about the whole input go under "form". */
export function fieldErrorCodes<S extends ErrorCodeSet>(
  set: S,
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey | { key: PropertyKey }>; message: string }>,
): Record<string, ErrorCodeOf<S>> {
  const out: Record<string, ErrorCodeOf<S>> = {};
  for (const issue of issues) {
    const first = issue.path[0];
    const field = first === undefined ? "form" : String(typeof first === "object" ? first.key : first);
    out[field] ??= errorCode(set, issue.message);
  }
  return out;
}

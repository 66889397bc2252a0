import "server-only";
// The one wrapper for server actions and route handlers that need to know who is asking.
//
// An action is `defineAction({ caller, errors }, schema).action(…)` (or `.stateAction(…)` for a form
// driven by useActionState). In order, for every call:
//   1. the caller is resolved from the session cookie (read only: nothing is created here);
//   2. the input is parsed with the action's zod schema; any other body (no FormData where a form is
//      expected, `[]`, `5`, `{}` …) is a validation error with codes, never a 500;
//   3. the caller is checked against what the action declares: "anyone", "user" (an existing user),
//      "startsWork" (may create a guest, through ctx.startUser, called last), "editor", "teacher";
//   4. failures (validation, `fail(code)`, or an unexpected error) come back as one shape of error
//      codes (ActionErrors) that the page translates in its own language.
// Route handlers get steps 1 and 3 through `withCaller`.
import { NextResponse, type NextRequest } from "next/server";
import { createSafeActionClient, type ValidationErrors } from "next-safe-action";
import { z } from "zod";
import { getCurrentUser, startUser, type User } from "@/app/_data/auth/current-user";
import { can } from "@/app/_data/auth/roles";
import { errorCode, fieldErrorCodes, type ErrorCodeSet } from "@/app/_schemas/error-codes";
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { failureCode, type ActionErrors, type FormValues } from "./action-result";

export const CALLERS = ["anyone", "user", "startsWork", "editor", "teacher"] as const;
export type Caller = (typeof CALLERS)[number];

const metadataSchema = z.object({
  caller: z.enum(CALLERS),
  /** Which message namespace translates this action's codes (see ERROR_CODE_SETS). */
  errors: z.enum(["account", "edit", "live", "quiz", "study", "teach"]),
  /** Form fields sent back with a failure, to refill a form posted without JavaScript (never passwords). */
  refill: z.array(z.string()).optional(),
  /**
   * For a plain form (no useActionState) that cannot show a returned error: on failure, go to this
   * page with `?error=<code>` instead.
   */
  failureRedirect: z.string().startsWith("/").optional(),
});
export type ActionMetadata = z.infer<typeof metadataSchema>;

/** An expected failure with a code the page translates; `field` puts it under that form field. */
export class ActionFailure extends Error {
  constructor(
    readonly code: string,
    readonly detail: { field?: string; retryAfterSeconds?: number } = {},
  ) {
    super(code);
  }
}

export function fail(code: string, detail?: ActionFailure["detail"]): never {
  throw new ActionFailure(code, detail);
}

const minutesUntil = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

// ───────────── Form data: one reading for every form ─────────────

/**
 * A submitted form as a plain object for the schema: each field a string, or a list of strings when the
 * field repeats (checkboxes); files and Next.js's own `$ACTION…` fields are left out. Anything that is
 * not FormData becomes `undefined`, which the schema refuses as a validation error.
 */
export function readForm(input: unknown): Record<string, string | string[]> | undefined {
  if (!(input instanceof FormData)) return undefined;
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of input.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const seen = out[name];
    out[name] = seen === undefined ? value : [seen, value].flat();
  }
  return out;
}

/** The schema of a form action: FormData in, the object schema's output out. */
export const formInput = <S extends z.ZodType>(schema: S) => z.preprocess(readForm, schema);

function refillValues(clientInput: unknown, metadata: ActionMetadata | undefined): FormValues | undefined {
  const fields = readForm(clientInput);
  if (!fields || !metadata?.refill?.length) return undefined;
  return Object.fromEntries(metadata.refill.flatMap((name) => (name in fields ? [[name, fields[name]]] : [])));
}

// ───────────── Errors: one shape of codes ─────────────

function issuesOf(errors: ValidationErrors<z.ZodType>): { path: string[]; message: string }[] {
  const out: { path: string[]; message: string }[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "_errors" && Array.isArray(value)) for (const message of value) out.push({ path: path.slice(0, 1), message: String(message) });
      else walk(value, [...path, key]);
    }
  };
  walk(errors, []);
  return out;
}

function toActionErrors(codes: Record<string, string>, extra: Partial<ActionErrors>): ActionErrors {
  const { form, ...fieldErrors } = codes;
  return {
    ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}),
    ...(form ? { formError: form } : {}),
    ...extra,
    at: Date.now(),
  };
}

async function shapeValidationErrors(
  errors: ValidationErrors<z.ZodType>,
  utils: { clientInput: unknown; metadata: ActionMetadata },
): Promise<ActionErrors> {
  const set = utils.metadata.errors;
  return toActionErrors(fieldErrorCodes(set, issuesOf(errors)), { values: refillValues(utils.clientInput, utils.metadata) });
}

// ───────────── The action client ─────────────

const actionClient = createSafeActionClient({
  defineMetadataSchema: () => metadataSchema,
  handleServerError(error, utils): ActionErrors {
    const metadata = utils.metadata as ActionMetadata | undefined;
    const set = metadata?.errors ?? "account";
    const values = refillValues(utils.clientInput, metadata);
    if (error instanceof ActionFailure) {
      const code = errorCode(set, error.code);
      const retry = error.detail.retryAfterSeconds;
      return toActionErrors({ [error.detail.field ?? "form"]: code }, { values, ...(retry ? { retryAfterMinutes: minutesUntil(retry) } : {}) });
    }
    console.error(error);
    return toActionErrors({ form: errorCode(set, "unknown") }, { values });
  },
}).use(async ({ metadata, next }) => {
  const user = await getCurrentUser();
  let started: User | null = user;
  const result = await next({
    ctx: {
      user,
      /** The current user, or a new guest: only for actions declared `startsWork`, once the request is known to be good. */
      startUser: async (options: { uiLocale?: string } = {}): Promise<User> => {
        if (started) return started;
        const outcome = await startUser(options);
        if (!outcome.ok) fail(outcome.error, { retryAfterSeconds: outcome.retryAfterSeconds });
        return (started = outcome.user);
      },
    },
  });
  const failure = (result.validationErrors ?? result.serverError) as ActionErrors | undefined;
  if (failure && metadata.failureRedirect) {
    const code = failureCode(failure, errorCode(metadata.errors, "unknown"));
    redirect({ href: `${metadata.failureRedirect}?${new URLSearchParams({ error: code })}`, locale: await getLocale() });
  }
  return result;
});

function callerRefusal(caller: Caller, user: User | null): string | null {
  switch (caller) {
    case "anyone":
    case "startsWork":
      return null;
    case "user":
      return user ? null : "notFound";
    case "editor":
      return !user ? "signInRequired" : can(user.role, "editContent") ? null : "forbidden";
    case "teacher":
      return !user ? "signInRequired" : can(user.role, "teach") ? null : "forbidden";
  }
}

export type ActionContext = { user: User | null; startUser: (options?: { uiLocale?: string }) => Promise<User> };
type ServerCode<S extends z.ZodType, Data> = (args: { parsedInput: z.output<S>; ctx: ActionContext }) => Promise<Data>;

const notStartingWork = async (): Promise<User> => {
  throw new Error("only an action declared `startsWork` may create a guest");
};

/**
 * An action: the caller it accepts, its message namespace, and the schema of its input. The caller is
 * checked after the input is parsed (so a bad request is a validation error whoever sends it) and
 * before the action's own code runs.
 */
export function defineAction<S extends z.ZodType>(metadata: ActionMetadata, schema: S) {
  const client = actionClient.metadata(metadata).inputSchema<S, S, ActionErrors>(schema, { handleValidationErrorsShape: shapeValidationErrors });
  const guarded =
    <Data>(code: ServerCode<S, Data>) =>
    async ({ parsedInput, ctx }: { parsedInput: unknown; ctx: ActionContext }): Promise<Data> => {
      const refusal = callerRefusal(metadata.caller, ctx.user);
      if (refusal) fail(refusal);
      const startUser = metadata.caller === "startsWork" ? ctx.startUser : notStartingWork;
      return code({ parsedInput: parsedInput as z.output<S>, ctx: { user: ctx.user, startUser } });
    };
  return {
    action: <Data>(code: ServerCode<S, Data>) => client.action(guarded(code)),
    stateAction: <Data>(code: ServerCode<S, Data>) => client.stateAction(guarded(code)),
  };
}

// ───────────── Route handlers ─────────────

type RouteContext<P> = { params: Promise<P> };

/**
 * A route handler that knows who is asking: refused with 401 (no user) or 403 (wrong role) as
 * `{ error: code }` before the handler runs.
 */
export function withCaller<P = Record<string, string>>(
  caller: Exclude<Caller, "startsWork">,
  handler: (request: NextRequest, ctx: { user: User | null; params: Promise<P> }) => Promise<Response>,
  refuse: (code: "notSignedIn" | "signInRequired" | "forbidden", status: 401 | 403) => Response = (code, status) =>
    NextResponse.json({ error: code }, { status, headers: { "Cache-Control": "no-store" } }),
) {
  return async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    const user = await getCurrentUser();
    const refusal = callerRefusal(caller, user);
    if (refusal) return refuse(refusal === "notFound" ? "notSignedIn" : (refusal as "signInRequired" | "forbidden"), refusal === "forbidden" ? 403 : 401);
    return handler(request, { user, params: context.params });
  };
}

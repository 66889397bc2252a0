"use client";
// One form = react-hook-form (validates in the browser with the shared zod schema) + a server action
// through useActionState. The schema (and with it zod, about 30 KB gzip) is not part of the page's
// first load: it is imported when the user first focuses or types in the form, and a submit before it
// has arrived waits for it, so validation is the same, only later in the page's life. The <form action>
// also works before JavaScript loads; once it has, the submit handler validates first and then
// dispatches the same action. Field errors the server found (a taken username…) go into the form,
// which focuses the first.
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Mode, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { failureOf, type ActionResult, type FormValues } from "@/app/_actions/action-result";

type FormAction<Data> = (previous: ActionResult<Data>, form: FormData) => Promise<ActionResult<Data>>;
/** A dynamic import of the form's schema, e.g. `() => import("@/app/_schemas/account").then((m) => m.signInSchema)`. */
export type SchemaLoader<TInput, TOutput> = () => Promise<z.ZodType<TOutput, TInput>>;

/** A resolver that imports the schema and zod's resolver once, on first use (or earlier through `preload`). */
function lazyZodResolver<TInput extends FieldValues, TOutput>(load: SchemaLoader<TInput, TOutput>) {
  let loading: Promise<Resolver<TInput, unknown, TOutput>> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema) as Resolver<TInput, unknown, TOutput>,
    ));
  const resolver: Resolver<TInput, unknown, TOutput> = async (values, context, options) => (await preload())(values, context, options);
  return { resolver, preload };
}

export function useActionForm<TInput extends FieldValues, TOutput, TDefaults extends DefaultValues<TInput>, Data>(
  action: FormAction<Data>,
  loadSchema: SchemaLoader<TInput, TOutput>,
  /** From the values sent back with a failure (to refill a form posted without JavaScript), if any. */
  defaultValues: (sent: FormValues | undefined) => TDefaults,
  // Checked on submit, then again as the user corrects a field. (Checking on blur would move the
  // submit button under the pointer as an error appears, and swallow the click.)
  modes: { mode?: Mode; reValidateMode?: "onSubmit" | "onChange" | "onBlur" } = { mode: "onSubmit", reValidateMode: "onChange" },
) {
  const [state, formAction, pending] = useActionState(action, {} as ActionResult<Data>);
  const failure = failureOf(state);
  // Also rendered as the inputs' default values: the server-rendered HTML (before or without JavaScript)
  // must show them, and react-hook-form only fills inputs in the browser.
  const defaults = defaultValues(failure?.values);
  const formRef = useRef<HTMLFormElement>(null);
  const serverErrors = useMemo(() => {
    const entries = Object.entries(failure?.fieldErrors ?? {});
    if (entries.length === 0) return undefined;
    return Object.fromEntries(entries.map(([name, code]) => [name, { type: "server", message: code }])) as FieldErrors<TInput>;
  }, [failure]);
  const [{ resolver, preload }] = useState(() => lazyZodResolver(loadSchema));
  const form = useForm<TInput, unknown, TOutput>({ resolver, ...modes, defaultValues: defaults, errors: serverErrors });
  const onSubmit = form.handleSubmit(() => {
    const data = new FormData(formRef.current!);
    startTransition(() => formAction(data));
  });
  /** Changes on every answer, so the same message twice is announced twice (use as the alert's key). */
  const answeredAt = failure?.at ?? (state.data as { at?: number } | undefined)?.at;
  // react-hook-form sets each field to its default value as it registers, on hydration: what was typed
  // before that is replaced. The form says when it is live (data-hydrated), so scripted input waits.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  /** Spread on the <form>: the first focus or keystroke inside it starts loading the schema. */
  const preloadProps = { onFocus: preload, onInput: preload, "data-hydrated": hydrated ? "true" : undefined };
  return { state, failure, answeredAt, pending, form, formRef, formAction, onSubmit, defaults, preloadProps };
}

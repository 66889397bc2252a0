"use client";
// One form = react-hook-form (validates in the browser with the shared zod schema) + a server action
// through useActionState. The <form action> also works before JavaScript loads; once it has, the
// submit handler validates first and then dispatches the same action. Field errors the server found
// (a taken username…) go into the form, which focuses the first.
import { startTransition, useActionState, useMemo, useRef } from "react";
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Mode } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { failureOf, type ActionResult, type FormValues } from "@/app/_actions/action-result";

type FormAction<Data> = (previous: ActionResult<Data>, form: FormData) => Promise<ActionResult<Data>>;

export function useActionForm<TInput extends FieldValues, TOutput, TDefaults extends DefaultValues<TInput>, Data>(
  action: FormAction<Data>,
  schema: z.ZodType<TOutput, TInput>,
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
  const form = useForm<TInput, unknown, TOutput>({ resolver: zodResolver(schema), ...modes, defaultValues: defaults, errors: serverErrors });
  const onSubmit = form.handleSubmit(() => {
    const data = new FormData(formRef.current!);
    startTransition(() => formAction(data));
  });
  /** Changes on every answer, so the same message twice is announced twice (use as the alert's key). */
  const answeredAt = failure?.at ?? (state.data as { at?: number } | undefined)?.at;
  return { state, failure, answeredAt, pending, form, formRef, formAction, onSubmit, defaults };
}

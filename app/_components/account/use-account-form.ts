"use client";
// One form = react-hook-form (validates in the browser with the shared zod schema) + a server action
// through useActionState. The <form action> also works before JavaScript loads; once it has, the
// submit handler validates first and then dispatches the same action.
import { startTransition, useActionState, useMemo, useRef } from "react";
import { useForm, type DefaultValues, type FieldErrors, type FieldValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { idleFormState, type AccountFormState } from "@/app/_actions/account/form-state";

type Action = (previous: AccountFormState, form: FormData) => Promise<AccountFormState>;

export function useAccountForm<TInput extends FieldValues, TOutput, TDefaults extends DefaultValues<TInput>>(
  action: Action,
  schema: z.ZodType<TOutput, TInput>,
  defaultValues: (state: AccountFormState) => TDefaults,
) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  // Also rendered as the inputs' default values: the server-rendered HTML (before or without JavaScript)
  // must show them, and react-hook-form only fills inputs in the browser.
  const defaults = defaultValues(state);
  const formRef = useRef<HTMLFormElement>(null);
  // Field errors found by the server (a taken username…) go into the form, which focuses the first.
  const serverErrors = useMemo(() => {
    const entries = Object.entries(state.fieldErrors ?? {});
    if (entries.length === 0) return undefined;
    return Object.fromEntries(entries.map(([name, code]) => [name, { type: "server", message: code }])) as FieldErrors<TInput>;
  }, [state]);
  const form = useForm<TInput, unknown, TOutput>({
    resolver: zodResolver(schema),
    // Checked on submit, then again as the learner corrects a field. (Checking on blur would move the
    // submit button under the pointer as an error appears, and swallow the click.)
    mode: "onSubmit",
    reValidateMode: "onChange",
    defaultValues: defaults,
    errors: serverErrors,
  });
  const onSubmit = form.handleSubmit(() => {
    const data = new FormData(formRef.current!);
    startTransition(() => formAction(data));
  });
  return { state, pending, form, formRef, formAction, onSubmit, defaults };
}

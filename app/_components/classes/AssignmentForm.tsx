"use client";
// A new assignment for a class: a saved quiz or a deck to study, opening and due dates typed in the
// teacher's time zone (sent along, so the server reads the dates in the zone they were typed in).
import { useTranslations } from "next-intl";
import { createAssignmentAction } from "@/app/_actions/classes/create-assignment";
import { RETAKE_POLICIES, TITLE_MAX_LENGTH } from "@/app/_schemas/constants";
import { useActionForm } from "../forms/use-action-form";
import { useErrorText } from "../forms/use-error-text";
import { TextField } from "../forms/TextField";
import { FormAlert } from "../forms/FormAlert";

type Props = {
  classId: string;
  timeZone: string;
  quizzes: { id: string; title: string }[];
  decks: { key: string; name: string; depth: number }[];
  defaults: { opensAt: string; dueAt: string };
};

export function AssignmentForm({ classId, timeZone, quizzes, decks, defaults }: Props) {
  const t = useTranslations("Assign");
  const errorText = useErrorText("teach");
  const { failure, answeredAt, pending, form, formRef, formAction, onSubmit, preloadProps } = useActionForm(createAssignmentAction, () => import("@/app/_schemas/classes").then((m) => m.assignmentSchema), (sent) => ({
    classId,
    timeZone,
    kind: (sent?.kind === "study" ? "study" : "quiz") as "quiz" | "study",
    quizId: String(sent?.quizId ?? quizzes[0]?.id ?? ""),
    deck: String(sent?.deck ?? decks[0]?.key ?? ""),
    title: String(sent?.title ?? ""),
    opensAt: String(sent?.opensAt ?? defaults.opensAt),
    dueAt: String(sent?.dueAt ?? defaults.dueAt),
    retakes: (RETAKE_POLICIES.find((p) => p === sent?.retakes) ?? "none") as (typeof RETAKE_POLICIES)[number],
  }));
  const { errors } = form.formState;
  const kind = form.watch("kind");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} {...preloadProps} noValidate aria-labelledby="assign-title">
      <h3 id="assign-title">{t("title")}</h3>
      <input type="hidden" {...form.register("classId")} />
      <input type="hidden" {...form.register("timeZone")} />
      <fieldset>
        <legend>{t("kind")}</legend>
        <label>
          <input type="radio" value="quiz" {...form.register("kind")} /> {t("kinds.quiz")}
        </label>{" "}
        <label>
          <input type="radio" value="study" {...form.register("kind")} /> {t("kinds.study")}
        </label>
      </fieldset>
      <div className="field" hidden={kind === "study"}>
        <label htmlFor="assign-quiz">{t("quiz")}</label>
        <select id="assign-quiz" aria-invalid={errors.quizId ? true : undefined} {...form.register("quizId")}>
          {quizzes.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title}
            </option>
          ))}
        </select>
        {errors.quizId && <p className="field-error">{errorText(errors.quizId.message)}</p>}
      </div>
      <div className="field" hidden={kind !== "study"}>
        <label htmlFor="assign-deck">{t("deck")}</label>
        <select id="assign-deck" aria-invalid={errors.deck ? true : undefined} {...form.register("deck")}>
          {decks.map((d) => (
            <option key={d.key} value={d.key}>
              {"\u2003".repeat(d.depth)}
              {d.name}
            </option>
          ))}
        </select>
        {errors.deck && <p className="field-error">{errorText(errors.deck.message)}</p>}
      </div>
      <TextField id="assign-name" type="text" required maxLength={TITLE_MAX_LENGTH} label={t("name")} error={errorText(errors.title?.message)} {...form.register("title")} />
      <TextField id="assign-opens" type="datetime-local" required label={t("opensAt")} hint={t("zoneHint", { zone: timeZone })} error={errorText(errors.opensAt?.message)} {...form.register("opensAt")} />
      <TextField id="assign-due" type="datetime-local" required label={t("dueAt")} hint={t("zoneHint", { zone: timeZone })} error={errorText(errors.dueAt?.message)} {...form.register("dueAt")} />
      <div className="field" hidden={kind === "study"}>
        <label htmlFor="assign-retakes">{t("retakes")}</label>
        <select id="assign-retakes" {...form.register("retakes")}>
          {RETAKE_POLICIES.map((p) => (
            <option key={p} value={p}>
              {t(`retakePolicies.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <FormAlert message={errorText(failure?.formError)} key={answeredAt} />
      <button type="submit" className="button" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}

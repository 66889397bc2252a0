"use client";
// One question, answered with the keyboard or by touch. It knows only the public question: the answer is
// graded by the server action, which then sends the verdict, the right answer and the explanation.
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Link, useRouter } from "@/app/_i18n/navigation";
import { answerQuestionAction } from "@/app/_actions/quiz/answer-question";
import { outcomeOf } from "@/app/_actions/action-result";
import type { AnswerView } from "@/app/_data/quiz/views";
import type { PublicQuestion } from "@/app/_domain/quiz/types";
import type { QuizResponse } from "@/app/_domain/quiz/responses";
import type { QuizErrorCode } from "@/app/_schemas/quiz";
import { MAX_TYPED_ANSWER_LENGTH } from "@/app/_domain/quiz/limits";
import { QuestionPrompt } from "./QuestionPrompt";
import { ChoiceOptions } from "./ChoiceOptions";
import { TypedAnswer } from "./TypedAnswer";
import { MatchingPairs } from "./MatchingPairs";
import { OrderingList } from "./OrderingList";
import { AnswerFeedback, VerdictLine } from "./AnswerFeedback";
import { useErrorText } from "../forms/use-error-text";
import styles from "./quiz.module.css";

type Props = {
  attemptId: string;
  /** 0-based. */
  position: number;
  question: PublicQuestion;
  initialAnswer: AnswerView | null;
  /** Where "next" goes: the next unanswered question (0-based), or the results when null. */
  nextPosition: number | null;
};

const PROMPT_ID = "quiz-prompt";

/**
 * Answers given in this tab, by attempt and position. Going Back restores the question page as it was
 * first rendered (unanswered, from the router's cache): the answer known here is shown instead, and the
 * page is refreshed from the server.
 */
const answeredInThisTab = new Map<string, AnswerView>();

type Inputs = { choice: string | null; text: string; pairs: Record<string, string>; order: string[] };

/** The controls' state for a response (the stored one once answered, so they show what counts). */
function inputsFor(q: PublicQuestion, answer: AnswerView | null): Inputs {
  const r = (answer?.response ?? {}) as Partial<Record<"optionId" | "text" | "value" | "pairs" | "order", unknown>>;
  return {
    choice: typeof r.optionId === "string" ? r.optionId : typeof r.value === "boolean" ? String(r.value) : null,
    text: typeof r.text === "string" ? r.text : "",
    pairs: (r.pairs as Record<string, string>) ?? {},
    order: Array.isArray(r.order) ? (r.order as string[]) : q.type === "ordering" ? q.items.map((i) => i.id) : [],
  };
}

export function QuestionCard({ attemptId, position, question: q, initialAnswer, nextPosition }: Props) {
  const t = useTranslations("Quiz");
  const errorText = useErrorText("quiz");
  const router = useRouter();
  const slot = `${attemptId}:${position}`;
  const [restored] = useState(() => (initialAnswer ? null : (answeredInThisTab.get(slot) ?? null)));
  const [answer, setAnswer] = useState<AnswerView | null>(initialAnswer ?? restored);
  const [answeredNow, setAnsweredNow] = useState(false);
  const [error, setError] = useState<QuizErrorCode | null>(null);
  const [pending, startTransition] = useTransition();
  const [initialInputs] = useState(() => inputsFor(q, initialAnswer ?? restored));
  const [choice, setChoice] = useState<string | null>(initialInputs.choice);
  const [text, setText] = useState(initialInputs.text);
  const [pairs, setPairs] = useState<Record<string, string>>(initialInputs.pairs);
  const [order, setOrder] = useState<string[]>(initialInputs.order);
  const formRef = useRef<HTMLFormElement>(null);
  const nextRef = useRef<HTMLAnchorElement>(null);
  const composingRef = useRef(false);
  const answered = answer !== null;

  const options =
    q.type === "true_false"
      ? [
          { id: "true", text: t("question.true") },
          { id: "false", text: t("question.false") },
        ]
      : q.type === "multiple_choice" || (q.type === "term_translation" && q.mode === "choice")
        ? q.options
        : [];

  function responseOrError(): QuizResponse | QuizErrorCode {
    if (q.type === "true_false") return choice === null ? "chooseFirst" : { value: choice === "true" };
    if (options.length > 0) return choice === null ? "chooseFirst" : { optionId: choice };
    if (q.type === "matching") return q.left.every((l) => pairs[l.id]) ? { pairs } : "incomplete";
    if (q.type === "ordering") return { order };
    if (!text.trim()) return "emptyAnswer";
    return text.length > MAX_TYPED_ANSWER_LENGTH ? "answerTooLong" : { text };
  }

  /** Shows a stored answer, with the controls set to the response that counts (not a refused second one). */
  function showAnswer(stored: AnswerView) {
    answeredInThisTab.set(slot, stored);
    const inputs = inputsFor(q, stored);
    setChoice(inputs.choice);
    setText(inputs.text);
    setPairs(inputs.pairs);
    setOrder(inputs.order);
    setAnswer(stored);
  }

  // Restored after Back: the page's progress figures are as old as the cached page, so read it again.
  useEffect(() => {
    if (restored) router.refresh();
  }, [restored, router]);

  function submit() {
    if (answered || pending) return;
    const response = responseOrError();
    if (typeof response === "string") return setError(response);
    setError(null);
    startTransition(async () => {
      try {
        const outcome = outcomeOf(await answerQuestionAction({ attemptId, position, response }), "invalidResponse" as QuizErrorCode);
        if ("answer" in outcome && outcome.answer) {
          showAnswer(outcome.answer);
          setAnsweredNow(true);
        }
        if (!outcome.ok) setError(outcome.error);
      } catch {
        // Sending again is safe: the server counts the same answer once.
        setError("network");
      }
    });
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!composingRef.current) submit();
  };

  // 1–4 choose an option; Enter checks the answer (a text box handles its own Enter, IME-aware).
  useEffect(() => {
    if (answered) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      const target = event.target as HTMLElement;
      if (target.closest("input[type=text], input[type=number], input[type=search], textarea, select, [contenteditable]")) return;
      const digit = Number(event.key);
      if (options.length > 0 && Number.isInteger(digit) && digit >= 1 && digit <= options.length) {
        event.preventDefault();
        setChoice(options[digit - 1].id);
        formRef.current?.querySelector<HTMLInputElement>(`input[data-key="${digit}"]`)?.focus();
        return;
      }
      const onOwnControl = target === document.body || (formRef.current?.contains(target) && !target.closest("button, a"));
      if (event.key === "Enter" && onOwnControl) {
        event.preventDefault();
        submit();
      }
    };
    window.addEventListener("keydown", onKey);
    // Marks the form while its keys work: until this effect has run (just after hydration or a client
    // navigation), a key press would go nowhere, and tests wait for it rather than guess.
    const form = formRef.current;
    form?.setAttribute("data-keys", "on");
    return () => {
      window.removeEventListener("keydown", onKey);
      form?.removeAttribute("data-keys");
    };
  });

  useEffect(() => {
    if (answeredNow) nextRef.current?.focus();
  }, [answeredNow]);

  const keysHint =
    options.length > 0 ? t("question.keysChoice", { count: options.length }) : q.type === "ordering" ? t("question.keysOrder") : q.type === "matching" ? null : t("question.keysTyped");
  const nextHref =
    nextPosition === null
      ? { pathname: `/quiz/${attemptId}/results` }
      : { pathname: `/quiz/${attemptId}`, query: { q: String(nextPosition + 1) } };

  return (
    <form ref={formRef} className="card" onSubmit={onSubmit} noValidate aria-labelledby="quiz-question-heading" aria-describedby={PROMPT_ID}>
      <p className={styles.typeLabel}>
        <span className="chip">{t(`types.${q.type}`)}</span>
      </p>
      <QuestionPrompt question={q} id={PROMPT_ID} />
      {options.length > 0 && (
        <ChoiceOptions
          name="quiz-choice"
          options={options}
          lang={q.type === "true_false" ? undefined : q.answerLang}
          value={choice}
          onChange={setChoice}
          disabled={answered}
          labelledBy={PROMPT_ID}
        />
      )}
      {(q.type === "cloze" || (q.type === "term_translation" && q.mode === "typed")) && (
        <TypedAnswer value={text} onChange={setText} onSubmit={submit} lang={q.answerLang} disabled={answered} describedBy={PROMPT_ID} composingRef={composingRef} />
      )}
      {q.type === "matching" && <MatchingPairs question={q} value={pairs} onChange={setPairs} disabled={answered} />}
      {q.type === "ordering" && <OrderingList items={q.items} lang={q.promptLang} order={order} onChange={setOrder} disabled={answered} />}

      <div role="alert" aria-atomic="true">
        {error && <p className="alert">{errorText(error)}</p>}
      </div>
      {!answered && (
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={pending}>
            {pending ? t("question.pending") : t("question.submit")}
          </button>
        </div>
      )}
      {!answered && keysHint && <p className={`muted ${styles.keys}`}>{keysHint}</p>}

      <div role="status" aria-live="polite" aria-atomic="true">
        {answer && <VerdictLine answer={answer} />}
      </div>
      {answer && (
        <>
          <AnswerFeedback question={q} answer={answer} showVerdict={false} />
          <div className={styles.actions}>
            <Link ref={nextRef} href={nextHref} className="button">
              {nextPosition === null ? t("question.results") : t("question.next")}
            </Link>
          </div>
        </>
      )}
    </form>
  );
}

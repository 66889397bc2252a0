import { useTranslations } from "next-intl";
import type { PublicQuestion } from "@/app/_domain/quiz/types";
import type { QuizResponse } from "@/app/_domain/quiz/responses";
import { optionsOf, textOf } from "./answer-parts";
import styles from "./quiz.module.css";

type Props = { question: PublicQuestion; response: QuizResponse; partsRight: Record<string, boolean> | null };

/** What the learner answered, with each part of a matching or ordering answer marked right or wrong. */
export function GivenAnswer({ question: q, response, partsRight }: Props) {
  const t = useTranslations("Quiz");
  const r = response as Partial<Record<"optionId" | "text" | "value" | "pairs" | "order", unknown>>;
  const mark = (id: string) =>
    partsRight ? (
      <span className={partsRight[id] ? styles.right : styles.wrong} aria-label={partsRight[id] ? t("verdict.correct") : t("verdict.wrong")}>
        {partsRight[id] ? " ✓" : " ✗"}
      </span>
    ) : null;
  if (q.type === "matching" && r.pairs && typeof r.pairs === "object") {
    const pairs = r.pairs as Record<string, string>;
    return (
      <ul>
        {q.left.map((left) => (
          <li key={left.id}>
            <span lang={q.promptLang}>{left.text}</span> → <span lang={q.answerLang}>{textOf(q.right, pairs[left.id]) || "—"}</span>
            {mark(left.id)}
          </li>
        ))}
      </ul>
    );
  }
  if (q.type === "ordering" && Array.isArray(r.order)) {
    return (
      <ol>
        {(r.order as string[]).map((id) => (
          <li key={id}>
            <span lang={q.promptLang}>{textOf(q.items, id)}</span>
            {mark(id)}
          </li>
        ))}
      </ol>
    );
  }
  if (typeof r.value === "boolean") return <>{r.value ? t("question.true") : t("question.false")}</>;
  if (typeof r.optionId === "string") return <span lang={q.answerLang}>{textOf(optionsOf(q), r.optionId)}</span>;
  if (typeof r.text === "string") return <span lang={q.answerLang}>{r.text}</span>;
  return <>—</>;
}

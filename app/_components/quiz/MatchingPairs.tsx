"use client";
import { useTranslations } from "next-intl";
import type { PublicQuestion } from "@/app/_domain/quiz/types";
import styles from "./quiz.module.css";

type Matching = Extract<PublicQuestion, { type: "matching" }>;
type Props = { question: Matching; value: Record<string, string>; onChange: (pairs: Record<string, string>) => void; disabled: boolean };

/** One select per item on the left: keyboard- and phone-friendly matching. */
export function MatchingPairs({ question: q, value, onChange, disabled }: Props) {
  const t = useTranslations("Quiz.question");
  return (
    <ul className={styles.pairs}>
      {q.left.map((left, i) => (
        <li key={left.id} className={styles.pair}>
          <label htmlFor={`quiz-pair-${i}`} lang={q.promptLang}>
            {left.text}
          </label>
          <select
            id={`quiz-pair-${i}`}
            lang={q.answerLang}
            value={value[left.id] ?? ""}
            disabled={disabled}
            onChange={(e) => {
              const next = { ...value };
              if (e.target.value) next[left.id] = e.target.value;
              else delete next[left.id];
              onChange(next);
            }}
          >
            <option value="">{t("matchChoose")}</option>
            {q.right.map((right) => (
              <option key={right.id} value={right.id}>
                {right.text}
              </option>
            ))}
          </select>
        </li>
      ))}
    </ul>
  );
}

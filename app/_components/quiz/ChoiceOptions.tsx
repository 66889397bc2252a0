"use client";
import type { Choice, Lang } from "@/app/_domain/quiz/types";
import styles from "./quiz.module.css";

type Props = {
  name: string;
  options: Choice[];
  lang?: Lang;
  value: string | null;
  onChange: (id: string) => void;
  disabled: boolean;
  labelledBy: string;
};

/** A radio group; the number before each option is its key (1–4). */
export function ChoiceOptions({ name, options, lang, value, onChange, disabled, labelledBy }: Props) {
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} className={styles.options}>
      {options.map((option, i) => (
        <label key={option.id} className={styles.option}>
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
            disabled={disabled}
            data-key={i + 1}
          />
          <span className={styles.key} aria-hidden="true">
            {i + 1}
          </span>
          <span lang={lang}>{option.text}</span>
        </label>
      ))}
    </div>
  );
}

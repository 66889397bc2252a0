"use client";
import type { KeyboardEvent, RefObject } from "react";
import { useTranslations } from "next-intl";
import type { Lang } from "@/app/_domain/quiz/types";

type Props = {
  value: string;
  onChange: (text: string) => void;
  onSubmit: () => void;
  lang: Lang;
  disabled: boolean;
  describedBy: string;
  /** True while an input method is composing, so the form can refuse to be submitted meanwhile. */
  composingRef: RefObject<boolean>;
};

/**
 * The answer box. Enter checks the answer, except while an input method is composing (choosing kanji
 * for a Japanese answer): that Enter belongs to the IME. Safari reports the composing Enter with
 * keyCode 229 instead of isComposing, so both are checked; the composition events cover a browser that
 * would submit the form on that Enter by itself.
 */
export function TypedAnswer({ value, onChange, onSubmit, lang, disabled, describedBy, composingRef }: Props) {
  const t = useTranslations("Quiz.question");
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    onSubmit();
  };
  return (
    <div className="field">
      <label htmlFor="quiz-answer">{t("answerLabel")}</label>
      <p id="quiz-answer-hint" className="muted">
        {t("answerIn", { lang })}
      </p>
      <input
        id="quiz-answer"
        type="text"
        lang={lang}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onCompositionStart={() => (composingRef.current = true)}
        onCompositionEnd={() => (composingRef.current = false)}
        disabled={disabled}
        autoComplete="off"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="done"
        aria-describedby={`quiz-answer-hint ${describedBy}`}
      />
    </div>
  );
}

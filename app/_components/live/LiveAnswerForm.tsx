"use client";
// A player's answer to the open question: big buttons with a shape, colour and number (tap, or keys
// 1–4), a typed answer whose Enter never submits while an IME composes, or an ordering list.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { PublicQuestion } from "@/app/_domain/quiz/types";
import { OrderingList } from "@/app/_components/quiz/OrderingList";
import { TypedAnswer } from "@/app/_components/quiz/TypedAnswer";
import { OPTION_MARKS } from "./option-marks";
import styles from "./live.module.css";

type Props = { question: PublicQuestion; disabled: boolean; onAnswer: (response: Record<string, unknown>) => void; labelledBy: string };

export function LiveAnswerForm({ question: q, disabled, onAnswer, labelledBy }: Props) {
  const t = useTranslations("LivePlay");
  const choices =
    q.type === "multiple_choice"
      ? q.options.map((o) => ({ text: o.text, lang: q.answerLang, response: { optionId: o.id } }))
      : q.type === "true_false"
        ? [
            { text: t("true"), lang: undefined, response: { value: true } },
            { text: t("false"), lang: undefined, response: { value: false } },
          ]
        : null;

  useEffect(() => {
    if (!choices || disabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.target as HTMLElement | null)?.closest("input, textarea, select")) return;
      const n = Number(event.key);
      if (Number.isInteger(n) && n >= 1 && n <= choices.length) {
        event.preventDefault();
        onAnswer(choices[n - 1].response);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const [text, setText] = useState("");
  const composing = useRef(false);
  const [order, setOrder] = useState<string[]>(q.type === "ordering" ? q.items.map((i) => i.id) : []);

  if (choices) {
    return (
      <div role="group" aria-labelledby={labelledBy} className={styles.options} data-keys-ready="true">
        {choices.map((c, i) => {
          const mark = OPTION_MARKS[i];
          return (
            <button key={i} type="button" className={`${styles.option} ${styles[mark.className]}`} disabled={disabled} onClick={() => onAnswer(c.response)} data-option={i + 1}>
              <span aria-hidden="true" className={styles.mark}>
                {mark.shape} {i + 1}
              </span>
              <span className="visually-hidden">{t("optionMark", { number: i + 1, shape: mark.name })}</span>
              <span lang={c.lang}>{c.text}</span>
            </button>
          );
        })}
      </div>
    );
  }
  if (q.type === "cloze") {
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!composing.current && text.trim()) onAnswer({ text });
        }}
      >
        <TypedAnswer value={text} onChange={setText} onSubmit={() => text.trim() && onAnswer({ text })} lang={q.answerLang} disabled={disabled} describedBy={labelledBy} composingRef={composing} />
        <button type="submit" className="button" disabled={disabled || !text.trim()}>
          {t("send")}
        </button>
      </form>
    );
  }
  if (q.type === "ordering") {
    return (
      <div>
        <OrderingList items={q.items} lang={q.promptLang} order={order} onChange={setOrder} disabled={disabled} />
        <button type="button" className="button" disabled={disabled} onClick={() => onAnswer({ order })}>
          {t("send")}
        </button>
      </div>
    );
  }
  return null;
}

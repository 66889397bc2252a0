"use client";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { Choice, Lang } from "@/app/_domain/quiz/types";
import styles from "./quiz.module.css";

type Props = { items: Choice[]; lang: Lang; order: string[]; onChange: (order: string[]) => void; disabled: boolean };

/** A list to put in order: arrow keys move the focused item, or its up/down buttons; each move is announced. */
export function OrderingList({ items, lang, order, onChange, disabled }: Props) {
  const t = useTranslations("Quiz.question");
  const refs = useRef(new Map<string, HTMLLIElement>());
  const [moved, setMoved] = useState<{ id: string; message: string; refocus: boolean } | null>(null);
  const textOf = (id: string) => items.find((i) => i.id === id)?.text ?? "";

  useEffect(() => {
    if (moved?.refocus) refs.current.get(moved.id)?.focus();
  }, [moved]);

  const move = (id: string, by: -1 | 1, refocus = false) => {
    const from = order.indexOf(id);
    const to = from + by;
    if (disabled || from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to], next[from]];
    onChange(next);
    setMoved({ id, refocus, message: t("moved", { item: textOf(id), position: to + 1, total: order.length }) });
  };
  const onKeyDown = (id: string) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      move(id, event.key === "ArrowUp" ? -1 : 1, true);
    }
  };

  return (
    <>
      <p id="quiz-order-hint" className="muted">
        {t("orderHint")}
      </p>
      <ol className={styles.order} aria-describedby="quiz-order-hint">
        {order.map((id, i) => (
          <li
            key={id}
            ref={(el) => {
              if (el) refs.current.set(id, el);
              else refs.current.delete(id);
            }}
            className={styles.orderItem}
            tabIndex={disabled ? -1 : 0}
            aria-label={t("itemPosition", { item: textOf(id), position: i + 1, total: order.length })}
            onKeyDown={onKeyDown(id)}
            data-item-id={id}
          >
            <span className={styles.orderText} lang={lang}>
              {textOf(id)}
            </span>
            <button
              type="button"
              className={styles.moveButton}
              aria-label={t("moveUp", { item: textOf(id) })}
              aria-disabled={disabled || i === 0}
              onClick={() => move(id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className={styles.moveButton}
              aria-label={t("moveDown", { item: textOf(id) })}
              aria-disabled={disabled || i === order.length - 1}
              onClick={() => move(id, 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" className="visually-hidden">
        {moved?.message}
      </p>
    </>
  );
}

import { useTranslations } from "next-intl";
import type { Shortfall } from "@/app/_domain/quiz/types";
import styles from "./quiz.module.css";

/** Which question types the selection could not supply as often as asked, and why. */
export function ShortfallNotice({ shortfalls }: { shortfalls: Shortfall[] }) {
  const t = useTranslations("Quiz");
  if (shortfalls.length === 0) return null;
  return (
    <aside className={`card ${styles.notice}`} aria-labelledby="quiz-shortfalls">
      <h2 id="quiz-shortfalls">{t("shortfalls.title")}</h2>
      <ul>
        {shortfalls.map((s) => (
          <li key={s.type}>{t(`shortfalls.${s.reason}`, { type: t(`types.${s.type}`) })}</li>
        ))}
      </ul>
    </aside>
  );
}

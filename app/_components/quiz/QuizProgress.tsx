import { useTranslations } from "next-intl";
import styles from "./quiz.module.css";

/** "Question 3 of 10" as text, and as a progress bar for those who would rather look. */
export function QuizProgress({ number, total, answered }: { number: number; total: number; answered: number }) {
  const t = useTranslations("Quiz.progress");
  return (
    <div className={styles.progress}>
      <p className={styles.progressText}>
        <span>{t("position", { number, total })}</span>
        <span>{t("answered", { count: answered })}</span>
      </p>
      <progress className={styles.progressBar} value={answered} max={total} aria-label={t("label")}>
        {answered}/{total}
      </progress>
    </div>
  );
}

import { useTranslations } from "next-intl";
import type { PublicQuestion } from "@/app/_domain/quiz/types";
import { Furigana } from "../Furigana";
import styles from "./quiz.module.css";

/** What the question asks, in the prompt language; the answer controls come after it. */
export function QuestionPrompt({ question: q, id }: { question: PublicQuestion; id?: string }) {
  const t = useTranslations("Quiz.question");
  switch (q.type) {
    case "multiple_choice":
      return (
        <p id={id} lang={q.promptLang} className={styles.prompt}>
          {q.prompt}
        </p>
      );
    case "true_false":
      return (
        <div id={id}>
          <p className={styles.prompt}>{t("trueOrFalse")}</p>
          <p lang={q.promptLang} className={styles.statement}>
            {q.statement}
          </p>
        </div>
      );
    case "cloze":
      return (
        <div id={id}>
          <p className={styles.prompt}>{t("fillBlank")}</p>
          <p lang={q.promptLang} className={styles.statement}>
            {q.before}
            <span className={styles.blank} role="img" aria-label={t("blank")} />
            {q.after}
          </p>
        </div>
      );
    case "matching":
      return (
        <p id={id} className={styles.prompt}>
          {t("match")}
        </p>
      );
    case "ordering":
      return (
        <p id={id} className={styles.prompt}>
          {t("order")}
        </p>
      );
    case "term_translation":
      return (
        <div id={id}>
          <p className={styles.prompt}>{q.promptKind === "term" ? t("translateTerm") : t("nameTerm")}</p>
          <p className={styles.statement}>
            {q.promptLang === "ja" && q.promptKind === "term" ? (
              <Furigana text={q.prompt} reading={q.promptReading} />
            ) : (
              <span lang={q.promptLang}>{q.prompt}</span>
            )}
          </p>
        </div>
      );
  }
}

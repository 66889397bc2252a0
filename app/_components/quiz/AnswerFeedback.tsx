import { useLocale, useTranslations } from "next-intl";
import type { PublicQuestion } from "@/app/_domain/quiz/types";
import type { AnswerView } from "@/app/_data/quiz/views";
import { pick } from "@/app/_i18n/pick";
import { SourceCitation } from "../SourceCitation";
import { GivenAnswer } from "./GivenAnswer";
import { ExpectedAnswer } from "./ExpectedAnswer";
import styles from "./quiz.module.css";

type Props = { question: PublicQuestion; answer: AnswerView; showVerdict?: boolean; showSources?: boolean };

/** After answering: the verdict, the learner's answer, the right one, what the fact says and its source. */
export function AnswerFeedback({ question, answer, showVerdict = true, showSources = false }: Props) {
  const t = useTranslations("Quiz");
  const locale = useLocale();
  return (
    <div className={styles.feedback}>
      {showVerdict && <VerdictLine answer={answer} />}
      <dl className={styles.answers}>
        <div>
          <dt>{t("answer.yours")}</dt>
          <dd>
            <GivenAnswer question={question} response={answer.response} partsRight={answer.partsRight} />
          </dd>
        </div>
        {answer.verdict !== "correct" && (
          <div>
            <dt>{t("answer.right")}</dt>
            <dd>
              <ExpectedAnswer question={question} expected={answer.expected} />
            </dd>
          </div>
        )}
      </dl>
      {answer.reveal.map((item) => {
        const explanation = pick(locale, item.explanationJa, item.explanationEn);
        return (
          <div key={`${item.kind}:${item.key}`} className={styles.explanation}>
            <p lang={locale}>{pick(locale, item.statementJa, item.statementEn)}</p>
            {explanation && (
              <p lang={locale} className="muted">
                <strong>{t("answer.explanation")}: </strong>
                {explanation}
              </p>
            )}
            {showSources && item.citation && <SourceCitation citation={item.citation} />}
          </div>
        );
      })}
    </div>
  );
}

/** "Correct!", "Almost…" or "Not quite.", with the share of parts right for matching and ordering. */
export function VerdictLine({ answer }: { answer: AnswerView }) {
  const t = useTranslations("Quiz.verdict");
  const parts = answer.partsRight ? Object.values(answer.partsRight) : null;
  return (
    <p className={styles.verdict} data-verdict={answer.verdict}>
      {t(answer.verdict)}
      {parts && answer.verdict !== "correct" && <> {t("partial", { right: parts.filter(Boolean).length, total: parts.length })}</>}
    </p>
  );
}

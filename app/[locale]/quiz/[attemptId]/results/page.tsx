import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { Link } from "@/app/_i18n/navigation";
import { loadResults } from "@/app/_data/quiz/service";
import { QuestionPrompt } from "@/app/_components/quiz/QuestionPrompt";
import { AnswerFeedback } from "@/app/_components/quiz/AnswerFeedback";
import { RetryMissedForm } from "@/app/_components/quiz/RetryMissedForm";
import styles from "@/app/_components/quiz/quiz.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; attemptId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Quiz.results" });
  return { title: t("title"), robots: { index: false } };
}

/** Score and every question: the learner's answer, the right one, the explanation and the cited passage. */
export default async function QuizResultsPage({ params }: Props) {
  const { locale, attemptId } = await params;
  setRequestLocale(locale);
  const results = await loadResults(attemptId);
  if (!results) notFound();
  const [t, format] = await Promise.all([getTranslations("Quiz"), getFormatter()]);
  const unanswered = results.total - results.answeredCount;
  const firstOpen = results.items.find((item) => !item.answer);
  return (
    <div className="page narrow">
      <h1>{t("results.title")}</h1>
      <section className={`card ${styles.layout}`} aria-label={t("results.title")}>
        {results.retryOf && <p className="muted">{t("results.retryOf")}</p>}
        <p className={styles.score}>
          {t("results.score", { score: format.number(results.score, { maximumFractionDigits: 1 }), total: results.total })}
        </p>
        <p>{t("results.percent", { percent: results.total ? results.score / results.total : 0 })}</p>
        {unanswered > 0 && firstOpen && (
          <p>
            {t("results.unfinished", { count: unanswered })}{" "}
            <Link href={{ pathname: `/quiz/${attemptId}`, query: { q: String(firstOpen.position + 1) } }}>{t("results.continue")}</Link>
          </p>
        )}
        {results.finished && results.missedCount === 0 && <p>{t("results.allRight")}</p>}
        <div className={styles.actions}>
          {results.missedCount > 0 && <RetryMissedForm attemptId={attemptId} count={results.missedCount} />}
          <Link href="/quiz" className="button button--secondary">
            {t("results.newQuiz")}
          </Link>
        </div>
      </section>

      <h2 className="visually-hidden">{t("results.listLabel")}</h2>
      <ol className={styles.resultList} aria-label={t("results.listLabel")}>
        {results.items.map((item) => (
          <li key={item.position} className="card">
            <div className={styles.resultHeader}>
              <h3>{t("question.heading", { number: item.position + 1 })}</h3>
              <span className="chip">{t(`types.${item.question.type}`)}</span>
            </div>
            <QuestionPrompt question={item.question} />
            {item.answer ? (
              <AnswerFeedback question={item.question} answer={item.answer} showSources />
            ) : (
              <p>
                {t("results.notAnswered")}{" "}
                <Link href={{ pathname: `/quiz/${attemptId}`, query: { q: String(item.position + 1) } }}>{t("results.answerNow")}</Link>
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

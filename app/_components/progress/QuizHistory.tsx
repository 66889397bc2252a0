import { useFormatter, useTranslations } from "next-intl";
import type { QuizAttemptSummary } from "@/app/_data/study/progress";
import { Link } from "@/app/_i18n/navigation";
import styles from "./progress.module.css";

/** The learner's quiz attempts, newest first, with a small line of results over time. */
export function QuizHistory({ attempts, timeZone }: { attempts: QuizAttemptSummary[]; timeZone: string }) {
  const t = useTranslations("Progress.quizzes");
  const format = useFormatter();
  const finished = attempts.filter((a) => a.finishedAt).reverse();
  const points = finished.map((a, i) => `${finished.length === 1 ? 50 : (i / (finished.length - 1)) * 100},${(1 - a.ratio) * 36 + 2}`).join(" ");
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="quizzes-heading">
      <h2 id="quizzes-heading">{t("title")}</h2>
      {attempts.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <>
          {finished.length >= 2 && (
            <svg
              className={styles.sparkline}
              viewBox="0 0 100 40"
              preserveAspectRatio="none"
              role="img"
              aria-label={t("chartLabel", { count: finished.length, first: finished[0].ratio, last: finished.at(-1)!.ratio })}
            >
              <polyline points={points} className={styles.sparklineLine} vectorEffect="non-scaling-stroke" />
            </svg>
          )}
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("score")}</th>
                <th scope="col">{t("result")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("open")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => {
                const date = format.dateTime(new Date(a.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone });
                return (
                  <tr key={a.id}>
                    <th scope="row">{date}</th>
                    <td>{t("scoreValue", { score: format.number(a.score, { maximumFractionDigits: 1 }), total: a.total })}</td>
                    <td>{a.finishedAt ? format.number(a.ratio, { style: "percent", maximumFractionDigits: 0 }) : t("unfinished")}</td>
                    <td>
                      {/* An unfinished quiz resumes at its first unanswered question; a finished one opens its results. */}
                      {a.finishedAt ? (
                        <Link href={`/quiz/${a.id}/results`} aria-label={t("resultsOf", { date })}>
                          {t("results")}
                        </Link>
                      ) : (
                        <Link href={`/quiz/${a.id}`} aria-label={t("resumeOf", { date })}>
                          {t("resume")}
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

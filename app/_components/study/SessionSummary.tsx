import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/app/_i18n/navigation";
import type { QueueView } from "@/app/_data/study/queue";
import styles from "./study.module.css";

const NAMES = ["again", "hard", "good", "easy"] as const;

export type Tally = [number, number, number, number];

/** The end of a session: what was done, and what comes next. */
export function SessionSummary({
  tally,
  minutes,
  view,
  timeZone,
  onResume,
}: {
  tally: Tally;
  minutes: number;
  view: QueueView;
  timeZone: string;
  onResume: (() => void) | null;
}) {
  const t = useTranslations("Study");
  const format = useFormatter();
  const reviewed = tally.reduce((a, b) => a + b, 0);
  const left = view.counts.new + view.counts.learning + view.counts.review;
  const max = Math.max(1, ...tally);
  return (
    <section className={`card ${styles.summary}`} aria-labelledby="summary-heading">
      <h2 id="summary-heading" tabIndex={-1}>
        {t(reviewed > 0 ? "summary.title" : "summary.titleEmpty")}
      </h2>
      <p className={styles.summaryFigures}>
        <span>{t("summary.reviewed", { count: reviewed })}</span>
        {reviewed > 0 && <span>{t("summary.remembered", { ratio: (reviewed - tally[0]) / reviewed })}</span>}
        {reviewed > 0 && <span>{t("summary.time", { minutes: Math.max(1, minutes) })}</span>}
      </p>
      {reviewed > 0 && (
        <table className={styles.tally}>
          <caption>{t("summary.ratingsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("summary.rating")}</th>
              <th scope="col">{t("summary.count")}</th>
            </tr>
          </thead>
          <tbody>
            {NAMES.map((name, i) => (
              <tr key={name}>
                <th scope="row">{t(`review.${name}`)}</th>
                <td>
                  <span className={`${styles.tallyBar} ${styles[`rate${i + 1}`]}`} style={{ inlineSize: `${(tally[i] / max) * 100}%` }} aria-hidden="true" />
                  {tally[i]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {left > 0 ? (
        <p>{t("summary.moreLeft", { count: left })}</p>
      ) : view.nextLearningDue ? (
        <p>{t("summary.comeBack", { time: format.dateTime(new Date(view.nextLearningDue), { hour: "numeric", minute: "2-digit", timeZone }) })}</p>
      ) : (
        <p>{t("summary.allDone")}</p>
      )}
      <p className={styles.actions}>
        {onResume && (
          <button type="button" className="button" onClick={onResume}>
            {t("summary.keepStudying")}
          </button>
        )}
        <Link href="/progress" className="button button--secondary">
          {t("summary.progress")}
        </Link>
        <Link href="/study" className="button button--secondary">
          {t("summary.otherDecks")}
        </Link>
      </p>
    </section>
  );
}

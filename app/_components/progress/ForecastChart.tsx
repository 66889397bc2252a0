import { useFormatter, useTranslations } from "next-intl";
import type { ProgressView } from "@/app/_data/study/progress";
import { dayDate } from "./day-label";
import styles from "./progress.module.css";

/** Cards due on each of the next 30 days: bars, with the numbers as a table one click away. */
export function ForecastChart({ forecast }: { forecast: ProgressView["forecast"] }) {
  const t = useTranslations("Progress");
  const format = useFormatter();
  const label = (day: string) => format.dateTime(dayDate(day), { month: "short", day: "numeric", timeZone: "UTC" });
  const max = Math.max(1, ...forecast.map((d) => d.count));
  const total = forecast.reduce((sum, d) => sum + d.count, 0);
  const peak = forecast.reduce((best, d) => (d.count > best.count ? d : best), forecast[0]);
  const summary = total
    ? t("forecast.chartLabel", { total, peakDay: label(peak.day), peak: peak.count })
    : t("forecast.chartLabelEmpty");
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">{t("forecast.title")}</h2>
      <div className={styles.bars} role="img" aria-label={summary}>
        {forecast.map((d, i) => (
          <div key={d.day} className={styles.barSlot} title={t("forecast.barTitle", { date: label(d.day), count: d.count })}>
            {d.count > 0 && <span className={styles.barValue}>{d.count}</span>}
            <span className={`${styles.bar} ${i === 0 ? styles.barToday : ""}`} style={{ blockSize: `${(d.count / max) * 100}%` }} />
          </div>
        ))}
      </div>
      <div className={styles.barAxis} aria-hidden="true">
        {forecast.map((d, i) => (
          <span key={d.day}>{i === 0 ? t("forecast.today") : i % 7 === 0 && i <= 21 ? label(d.day) : ""}</span>
        ))}
      </div>
      <details className={styles.tableToggle}>
        <summary>{t("showTable")}</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("forecast.day")}</th>
              <th scope="col">{t("forecast.cards")}</th>
            </tr>
          </thead>
          <tbody>
            {forecast.map((d) => (
              <tr key={d.day}>
                <th scope="row">{label(d.day)}</th>
                <td>{format.number(d.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

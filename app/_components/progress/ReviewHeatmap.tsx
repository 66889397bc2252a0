import { useFormatter, useTranslations } from "next-intl";
import type { ProgressView } from "@/app/_data/study/progress";
import { dayDate } from "./day-label";
import styles from "./progress.module.css";

const CELL = 11;
const STEP = 14;
const LEFT = 30;
const TOP = 18;

/** Reviews per day over the last year, a week per column (GitHub-style), with a monthly table. */
export function ReviewHeatmap({ days }: { days: ProgressView["heatmap"] }) {
  const t = useTranslations("Progress.heatmap");
  const tp = useTranslations("Progress");
  const format = useFormatter();
  const max = Math.max(0, ...days.map((d) => d.count));
  const level = (count: number) => (count === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4)));
  const offset = days.length ? dayDate(days[0].day).getUTCDay() : 0; // weeks start on Sunday
  const weeks = Math.ceil((days.length + offset) / 7);
  const width = LEFT + weeks * STEP;
  const height = TOP + 7 * STEP;
  const total = days.reduce((s, d) => s + d.count, 0);
  const studied = days.filter((d) => d.count > 0).length;
  const date = (day: string) => format.dateTime(dayDate(day), { dateStyle: "medium", timeZone: "UTC" });

  const months: Array<{ key: string; label: string; reviews: number; days: number; column: number }> = [];
  days.forEach((d, i) => {
    const key = d.day.slice(0, 7);
    let month = months.at(-1);
    if (!month || month.key !== key) {
      month = { key, label: format.dateTime(dayDate(d.day), { year: "numeric", month: "short", timeZone: "UTC" }), reviews: 0, days: 0, column: Math.floor((i + offset) / 7) };
      months.push(month);
    }
    month.reviews += d.count;
    if (d.count > 0) month.days++;
  });
  const weekday = (n: number) => format.dateTime(dayDate(`2023-01-0${1 + n}`), { weekday: "short", timeZone: "UTC" }); // 1 Jan 2023 was a Sunday

  return (
    <section className={`card ${styles.panel}`} aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">{t("title")}</h2>
      {/* Focusable so that keyboard users can scroll back to older weeks on a narrow screen. */}
      <div className={styles.heatmapScroll} tabIndex={0}>
        <svg
          className={styles.heatmap}
          width="100%"
          style={{ minInlineSize: width, maxInlineSize: width * 1.6 }}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={t("chartLabel", { total, days: studied, max })}
        >
          {months
            .filter((m, i) => (months[i + 1]?.column ?? weeks) - m.column >= 3)
            .map((m) => (
              <text key={m.key} x={LEFT + m.column * STEP} y={TOP - 6} className={styles.heatmapLabel} aria-hidden="true">
                {format.dateTime(dayDate(`${m.key}-01`), { month: "short", timeZone: "UTC" })}
              </text>
            ))}
          {[1, 3, 5].map((n) => (
            <text key={n} x={0} y={TOP + n * STEP + CELL - 1} className={styles.heatmapLabel} aria-hidden="true">
              {weekday(n)}
            </text>
          ))}
          {days.map((d, i) => (
            <rect
              key={d.day}
              x={LEFT + Math.floor((i + offset) / 7) * STEP}
              y={TOP + ((i + offset) % 7) * STEP}
              width={CELL}
              height={CELL}
              rx={2}
              className={styles[`level${level(d.count)}`]}
            >
              <title>{t("cellTitle", { date: date(d.day), count: d.count })}</title>
            </rect>
          ))}
        </svg>
      </div>
      <p className={styles.legend} aria-hidden="true">
        {t("less")}
        {[0, 1, 2, 3, 4].map((l) => (
          <svg key={l} width={CELL} height={CELL} className={styles.legendCell}>
            <rect width={CELL} height={CELL} rx={2} className={styles[`level${l}`]} />
          </svg>
        ))}
        {t("more")}
      </p>
      <details className={styles.tableToggle}>
        <summary>{tp("showTable")}</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              <th scope="col">{t("reviews")}</th>
              <th scope="col">{t("daysStudied")}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.key}>
                <th scope="row">{m.label}</th>
                <td>{format.number(m.reviews)}</td>
                <td>{format.number(m.days)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

import { useFormatter, useTranslations } from "next-intl";
import type { Retention } from "@/app/_domain/srs/progress";
import styles from "./progress.module.css";

/** Actual retention against the learner's goal: one bar and a marker, and the sentence that says it. */
export function RetentionMeter({ retention }: { retention: Retention }) {
  const t = useTranslations("Progress.retention");
  const format = useFormatter();
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const actual = retention.actual;
  const onTarget = actual !== null && actual >= retention.desired - 0.02;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t("title")}</h2>
      <div className={styles.meter} aria-hidden="true">
        {actual !== null && <span className={`${styles.meterFill} ${onTarget ? styles.meterGood : styles.meterLow}`} style={{ inlineSize: `${actual * 100}%` }} />}
        <span className={styles.meterTarget} style={{ insetInlineStart: `${retention.desired * 100}%` }} />
      </div>
      <p className={styles.meterLegend} aria-hidden="true">
        <span>
          {t("actual")}: <strong>{actual === null ? "–" : percent(actual)}</strong>
        </span>
        <span>
          {t("desired")}: <strong>{percent(retention.desired)}</strong>
        </span>
      </p>
      <p>
        {actual === null
          ? t("none", { desired: retention.desired })
          : t("summary", { passed: retention.passed, total: retention.total, actual, desired: retention.desired })}
      </p>
      <p className="muted">{t("explanation")}</p>
    </section>
  );
}

import { useTranslations } from "next-intl";
import type { Grade } from "@/app/_domain/srs/review-log";
import type { IntervalView } from "@/app/_data/study/queue";
import styles from "./study.module.css";

const NAMES = { 1: "again", 2: "hard", 3: "good", 4: "easy" } as const;

/** The four ratings, each with the interval it would give, in the page language ("10分", "3 days"). */
export function RatingButtons({ intervals, busy, onRate }: { intervals: IntervalView[]; busy: boolean; onRate: (rating: Grade) => void }) {
  const t = useTranslations("Study");
  return (
    <div role="group" aria-label={t("review.rateLegend")} className={styles.ratings}>
      {intervals.map((interval) => (
        <button
          key={interval.rating}
          type="button"
          className={`${styles.rate} ${styles[`rate${interval.rating}`]}`}
          aria-keyshortcuts={String(interval.rating)}
          aria-disabled={busy || undefined}
          onClick={() => !busy && onRate(interval.rating)}
        >
          <span className={styles.rateName}>{t(`review.${NAMES[interval.rating]}`)}</span>
          <span className={styles.rateInterval}>{t(`interval.${interval.unit}`, { count: interval.value })}</span>
          <kbd className={styles.key} aria-hidden="true">
            {interval.rating}
          </kbd>
        </button>
      ))}
    </div>
  );
}

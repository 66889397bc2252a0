import { useFormatter, useTranslations } from "next-intl";
import type { ProgressView } from "@/app/_data/study/progress";
import styles from "./progress.module.css";

export function StatTiles({ progress }: { progress: ProgressView }) {
  const t = useTranslations("Progress.tiles");
  const format = useFormatter();
  const tiles = [
    { label: t("dueToday"), value: format.number(progress.dueToday), detail: t("dueTodayDetail", { overdue: progress.overdue, new: progress.newToday }) },
    { label: t("streak"), value: t("streakValue", { count: progress.streak }) },
    { label: t("reviewedToday"), value: format.number(progress.reviewedToday) },
    { label: t("totalReviews"), value: format.number(progress.totalReviews) },
    { label: t("mastered"), value: format.number(progress.cards.mastered), detail: t("masteredDetail", { total: progress.cards.total }) },
  ];
  return (
    <section aria-label={t("label")}>
      <dl className={styles.tiles}>
      {tiles.map((tile) => (
        <div key={tile.label} className={`card ${styles.tile}`}>
          <dt>{tile.label}</dt>
          <dd className={styles.tileValue}>{tile.value}</dd>
          {tile.detail && <dd className={styles.tileDetail}>{tile.detail}</dd>}
        </div>
      ))}
      </dl>
    </section>
  );
}

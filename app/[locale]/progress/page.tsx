import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/app/_data/auth/current-user";
import { loadProgress } from "@/app/_data/study/service";
import { Link } from "@/app/_i18n/navigation";
import type { Locale } from "@/app/_i18n/routing";
import { StatTiles } from "@/app/_components/progress/StatTiles";
import { ForecastChart } from "@/app/_components/progress/ForecastChart";
import { ReviewHeatmap } from "@/app/_components/progress/ReviewHeatmap";
import { RetentionMeter } from "@/app/_components/progress/RetentionMeter";
import { DeckMastery } from "@/app/_components/progress/DeckMastery";
import { QuizHistory } from "@/app/_components/progress/QuizHistory";
import { CardList } from "@/app/_components/progress/CardList";
import styles from "@/app/_components/progress/progress.module.css";
import { AssignedToMe } from "@/app/_components/classes/AssignedToMe";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Progress" });
  return { title: t("title"), description: t("lead"), robots: { index: false } };
}

export default async function ProgressPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Progress");
  const user = await getCurrentUser();
  const progress = user ? await loadProgress(user) : null;

  if (!progress || (progress.totalReviews === 0 && progress.cards.total === 0 && progress.quizzes.length === 0)) {
    return (
      <div className="page">
        <h1>{t("title")}</h1>
        <div className={`card ${styles.empty}`}>
          <p>{t("empty")}</p>
          <p>
            <Link href="/study" className="button">
              {t("startStudying")}
            </Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <AssignedToMe />
      <StatTiles progress={progress} />
      <div className={styles.grid}>
        <ForecastChart forecast={progress.forecast} />
        <RetentionMeter retention={progress.retention} />
        <div className={styles.wide}>
          <ReviewHeatmap days={progress.heatmap} />
        </div>
        <div className={styles.wide}>
          <DeckMastery decks={progress.decks} />
        </div>
        <CardList
          id="weakest"
          title={t("weakest.title")}
          description={t("weakest.description", { goal: progress.retention.desired })}
          empty={progress.cards.total > progress.cards.new ? t("weakest.noneWeak") : t("weakest.empty")}
          cards={progress.weakest}
        />
        <CardList id="leeches" title={t("leeches.title")} description={t("leeches.description")} empty={t("leeches.empty")} cards={progress.leeches} />
        <div className={styles.wide}>
          <QuizHistory attempts={progress.quizzes} timeZone={progress.timeZone} />
        </div>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentLearner } from "@/app/_data/auth/current-learner";
import { loadDeckTree } from "@/app/_data/facts/service";
import { loadTodayCounts } from "@/app/_data/study/service";
import { learnerDirections } from "@/app/_data/study/learner";
import { Link } from "@/app/_i18n/navigation";
import type { Locale } from "@/app/_i18n/routing";
import { DEFAULT_DIRECTIONS, STUDY_ERROR_CODES, type StudyErrorCode } from "@/app/_schemas/study";
import { DeckPicker } from "@/app/_components/study/DeckPicker";
import styles from "@/app/_components/study/study.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Study" });
  return { title: t("title"), description: t("lead") };
}

export default async function StudyPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Study");
  const format = await getFormatter();
  const { error } = await searchParams;
  const errorCode = typeof error === "string" && (STUDY_ERROR_CODES as readonly string[]).includes(error) ? (error as StudyErrorCode) : null;
  const [learner, decks] = await Promise.all([getCurrentLearner(), loadDeckTree()]);
  const counts = learner ? await loadTodayCounts(learner) : null;
  const directions = learner ? learnerDirections(learner) : DEFAULT_DIRECTIONS;

  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {counts ? (
        <section className={`card ${styles.today}`} aria-labelledby="today-heading">
          <h2 id="today-heading">{t("todayHeading")}</h2>
          <p>{t("todayCounts", counts)}</p>
        </section>
      ) : (
        <p className="muted">{t("guestNote")}</p>
      )}
      <DeckPicker decks={decks} error={errorCode} />
      <p className={styles.settingsLine}>
        <span>{t("directionsSummary", { directions: format.list(directions.map((d) => t(`directions.${d}`))) })}</span>
        <Link href="/account">{t("settingsLink")}</Link>
      </p>
      <p className="muted">{t("keyboardHelp")}</p>
    </div>
  );
}

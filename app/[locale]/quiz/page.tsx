import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { tagLabel } from "@/app/_i18n/tag-label";
import type { Locale } from "@/app/_i18n/routing";
import { pick } from "@/app/_i18n/pick";
import { loadDeckTree, loadTagLabels } from "@/app/_data/facts/service";
import { QuizSetupForm } from "@/app/_components/quiz/QuizSetupForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Quiz" });
  return { title: t("title") };
}

export default async function QuizSetupPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Quiz");
  const [decks, tags] = await Promise.all([loadDeckTree(), loadTagLabels()]);
  return (
    <div className="page narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <section className="card">
        <QuizSetupForm
          decks={decks.map((d) => ({ key: d.key, name: pick(locale, d.nameJa, d.nameEn), depth: d.depth, factCount: d.factCount }))}
          tags={tags.map((tag) => ({ key: tag.key, label: tagLabel(locale, tag) }))}
          defaultDirection={locale === "en" ? "en-en" : "ja-ja"}
        />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/app/_i18n/routing";
import { pick } from "@/app/_i18n/pick";
import { loadDeckTree, loadTagLabels } from "@/app/_data/facts/service";
import { tagLabel } from "@/app/_i18n/tag-label";
import { currentTeacher } from "@/app/_data/teach/service";
import { SavedQuizForm } from "@/app/_components/teach/SavedQuizForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Teach" });
  return { title: t("quizForm.newTitle"), robots: { index: false } };
}

export default async function NewSavedQuizPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!(await currentTeacher())) notFound();
  const [decks, tags] = await Promise.all([loadDeckTree(), loadTagLabels()]);
  return (
    <div className="page narrow">
      <section className="card">
        <SavedQuizForm
          decks={decks.map((d) => ({ key: d.key, name: pick(locale, d.nameJa, d.nameEn), depth: d.depth, factCount: d.factCount }))}
          tags={tags.map((tag) => ({ key: tag.key, label: tagLabel(locale, tag) }))}
          defaultDirection={locale === "en" ? "en-en" : "ja-ja"}
        />
      </section>
    </div>
  );
}

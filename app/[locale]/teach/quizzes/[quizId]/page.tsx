import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/app/_i18n/routing";
import { pick } from "@/app/_i18n/pick";
import { loadDeckTree, loadTagLabels } from "@/app/_data/facts/service";
import { tagLabel } from "@/app/_i18n/tag-label";
import { currentTeacher, loadSavedQuiz } from "@/app/_data/teach/service";
import { rowIdSchema } from "@/app/_schemas/saved-quiz";
import { SavedQuizForm } from "@/app/_components/teach/SavedQuizForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; quizId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Teach" });
  return { title: t("quizForm.editTitle"), robots: { index: false } };
}

export default async function EditSavedQuizPage({ params }: Props) {
  const { locale, quizId } = await params;
  setRequestLocale(locale);
  const teacher = await currentTeacher();
  const id = rowIdSchema.safeParse(quizId);
  const quiz = teacher && id.success ? await loadSavedQuiz(teacher, id.data) : null;
  if (!quiz) notFound();
  const [decks, tags] = await Promise.all([loadDeckTree(), loadTagLabels()]);
  return (
    <div className="page narrow">
      <section className="card">
        <SavedQuizForm
          decks={decks.map((d) => ({ key: d.key, name: pick(locale, d.nameJa, d.nameEn), depth: d.depth, factCount: d.factCount }))}
          tags={tags.map((tag) => ({ key: tag.key, label: tagLabel(locale, tag) }))}
          defaultDirection={locale === "en" ? "en-en" : "ja-ja"}
          existing={{ id: quiz.id, title: quiz.title, setup: quiz.setup }}
        />
      </section>
    </div>
  );
}

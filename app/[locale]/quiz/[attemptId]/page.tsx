import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { redirect } from "@/app/_i18n/navigation";
import { loadFirstUnanswered, loadQuestionPage } from "@/app/_data/quiz/service";
import { questionNumberSchema } from "@/app/_schemas/quiz";
import { QuizProgress } from "@/app/_components/quiz/QuizProgress";
import { ShortfallNotice } from "@/app/_components/quiz/ShortfallNotice";
import { QuestionCard } from "@/app/_components/quiz/QuestionCard";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale; attemptId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Quiz" });
  return { title: t("title"), robots: { index: false } };
}

/** One question of an attempt; `?q=` (1-based) is the position, so a reload or a language switch keeps it. */
export default async function QuizQuestionPage({ params, searchParams }: Props) {
  const [{ locale, attemptId }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const number = questionNumberSchema.safeParse(query.q);
  if (!number.success) {
    const open = await loadFirstUnanswered(attemptId);
    if (!open) notFound();
    const href =
      open.position === null ? `/quiz/${attemptId}/results` : { pathname: `/quiz/${attemptId}`, query: { q: String(open.position + 1) } };
    return redirect({ href, locale });
  }
  const view = await loadQuestionPage(attemptId, number.data - 1);
  if (!view) notFound();
  const t = await getTranslations("Quiz");
  return (
    <div className="page narrow">
      <h1 id="quiz-question-heading">{t("question.heading", { number: view.position + 1 })}</h1>
      <QuizProgress number={view.position + 1} total={view.total} answered={view.answeredCount} />
      {view.position === 0 && <ShortfallNotice shortfalls={view.shortfalls} />}
      <QuestionCard
        key={`${view.attemptId}:${view.position}`}
        attemptId={view.attemptId}
        position={view.position}
        question={view.question}
        initialAnswer={view.answer}
        nextPosition={view.nextUnanswered}
      />
    </div>
  );
}

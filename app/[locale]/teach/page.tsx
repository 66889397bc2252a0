import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/app/_i18n/routing";
import { Link } from "@/app/_i18n/navigation";
import { currentTeacher, loadTeachHome } from "@/app/_data/teach/service";
import { loadTeacherClasses } from "@/app/_data/classes/service";
import { deleteSavedQuizAction } from "@/app/_actions/teach/delete-quiz";
import { asFormAction } from "@/app/_actions/action-result";
import { ClassNameForm } from "@/app/_components/classes/ClassNameForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Teach" });
  return { title: t("title"), robots: { index: false } };
}

export default async function TeachPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const teacher = await currentTeacher();
  if (!teacher) notFound();
  const t = await getTranslations("Teach");
  const format = await getFormatter();
  const [{ quizzes, games }, classes] = await Promise.all([loadTeachHome(teacher), loadTeacherClasses(teacher)]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: teacher.timeZone });
  return (
    <div className="page">
      <h1>{t("title")}</h1>

      <section aria-labelledby="teach-quizzes">
        <h2 id="teach-quizzes">{t("quizzes.heading")}</h2>
        <p>
          <Link href="/teach/quizzes/new" className="button">
            {t("quizzes.new")}
          </Link>
        </p>
        {quizzes.length === 0 ? (
          <p>{t("quizzes.empty")}</p>
        ) : (
          <ul className="card-grid">
            {quizzes.map((quiz) => (
              <li key={quiz.id} className="card">
                <h3>{quiz.title}</h3>
                <p className="muted">{t("quizzes.summary", { count: quiz.setup.count, updated: when(quiz.updatedAt) })}</p>
                <p>
                  <Link href={`/teach/quizzes/${quiz.id}`} aria-label={t("quizzes.editNamed", { title: quiz.title })}>
                    {t("quizzes.edit")}
                  </Link>{" "}
                  ·{" "}
                  <Link href={{ pathname: "/teach/live/new", query: { quiz: quiz.id } }} aria-label={t("quizzes.hostNamed", { title: quiz.title })}>
                    {t("quizzes.host")}
                  </Link>
                </p>
                <form action={asFormAction(deleteSavedQuizAction)}>
                  <input type="hidden" name="id" value={quiz.id} />
                  <button type="submit" className="button button--secondary" aria-label={t("quizzes.deleteNamed", { title: quiz.title })}>
                    {t("quizzes.delete")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="teach-classes">
        <h2 id="teach-classes">{t("classes.heading")}</h2>
        {classes.length === 0 ? (
          <p>{t("classes.empty")}</p>
        ) : (
          <ul>
            {classes.map((c) => (
              <li key={c.id}>
                <Link href={`/teach/classes/${c.id}`}>{c.name}</Link>{" "}
                <span className="muted">{t("classes.summary", { members: c.members, assignments: c.assignments, archived: String(c.archived) })}</span>
              </li>
            ))}
          </ul>
        )}
        <ClassNameForm />
      </section>

      <section aria-labelledby="teach-games">
        <h2 id="teach-games">{t("games.heading")}</h2>
        {games.length === 0 ? (
          <p>{t("games.empty")}</p>
        ) : (
          <ul>
            {games.map((g) => (
              <li key={g.id}>
                <Link href={`/teach/live/${g.id}`}>{g.quizTitle ?? t("games.untitled")}</Link>{" "}
                <span className="muted">{t("games.summary", { code: g.joinCode, when: when(g.createdAt), players: g.players, status: g.status })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

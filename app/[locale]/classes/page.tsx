import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { getCurrentUser } from "@/app/_data/auth/current-user";
import { loadMyClasses } from "@/app/_data/classes/service";
import { leaveClassAction } from "@/app/_actions/classes/join-class";
import { asFormAction } from "@/app/_actions/action-result";
import { JoinClassForm } from "@/app/_components/classes/JoinClassForm";
import { AssignedToMe } from "@/app/_components/classes/AssignedToMe";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Classes" });
  return { title: t("mine.title"), robots: { index: false } };
}

export default async function MyClassesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Classes");
  const format = await getFormatter();
  const [user, classes] = await Promise.all([getCurrentUser(), loadMyClasses()]);
  return (
    <div className="page narrow">
      <h1>{t("mine.title")}</h1>
      <AssignedToMe />
      <section aria-labelledby="my-classes">
        <h2 id="my-classes">{t("mine.heading")}</h2>
        {classes.length === 0 ? (
          <p>{t("mine.empty")}</p>
        ) : (
          <ul>
            {classes.map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong>{" "}
                <span className="muted">
                  {t("mine.summary", { teacher: c.teacher, joined: format.dateTime(c.joinedAt, { dateStyle: "medium", timeZone: user?.timeZone ?? "UTC" }) })}
                </span>
                <form action={asFormAction(leaveClassAction)}>
                  <input type="hidden" name="classId" value={c.id} />
                  <button type="submit" className="button button--secondary" aria-label={t("mine.leaveNamed", { name: c.name })}>
                    {t("mine.leave")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="join-heading" className="card">
        <h2 id="join-heading">{t("join.heading")}</h2>
        <JoinClassForm />
      </section>
    </div>
  );
}

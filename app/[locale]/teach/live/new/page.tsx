import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { getCurrentUser } from "@/app/_data/auth/current-user";
import { can } from "@/app/_data/auth/roles";
import { HostSettingsForm } from "@/app/_components/live/HostSettingsForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "LiveHost" });
  return { title: t("settingsTitle"), robots: { index: false } };
}

/** `/teach/live/new?quiz=ID`: the game's settings, then the host screen. */
export default async function NewLiveGamePage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("LiveHost");
  const user = await getCurrentUser();
  const quizId = typeof query.quiz === "string" ? query.quiz : "";
  return (
    <section className="page narrow">
      <h1>{t("settingsTitle")}</h1>
      {!can(user?.role, "teach") ? (
        <p className="alert">{t("teachersOnly")}</p>
      ) : !quizId ? (
        <p className="alert">{t("noQuiz")}</p>
      ) : (
        <HostSettingsForm quizId={quizId} />
      )}
    </section>
  );
}

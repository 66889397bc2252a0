import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { JoinForm } from "@/app/_components/live/JoinForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "LiveJoin" });
  return { title: t("title"), robots: { index: false } };
}

export default async function JoinPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("LiveJoin");
  return (
    <section className="page narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <JoinForm />
    </section>
  );
}

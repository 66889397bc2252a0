import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { FactEditorPage } from "../fact-editor-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "EditFact" });
  return { title: t("editTitle") };
}

export default async function EditFactPage({ params }: Props) {
  const { locale, key } = await params;
  setRequestLocale(locale);
  return <FactEditorPage locale={locale} factKey={key} />;
}

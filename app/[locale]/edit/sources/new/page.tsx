import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { SourceEditorPage } from "../source-editor-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "EditSource" });
  return { title: t("newTitle") };
}

export default async function NewSourcePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <SourceEditorPage sourceKey={null} />;
}

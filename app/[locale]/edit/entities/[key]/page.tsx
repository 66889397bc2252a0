import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { RecordEditorPage } from "../../record-editor-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "EditRecord" });
  return { title: t("editTitle.entity") };
}

export default async function Page({ params }: Props) {
  const { locale, key } = await params;
  setRequestLocale(locale);
  return <RecordEditorPage kind="entity" recordKey={key} locale={locale} />;
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/app/_data/auth/current-user";
import { can } from "@/app/_data/auth/roles";
import { ImportForm } from "@/app/_components/edit/ImportForm";
import type { Locale } from "@/app/_i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Import" });
  return { title: t("title") };
}

export default async function ImportPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Import");
  const user = await getCurrentUser();
  return (
    <section className="page narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {can(user?.role, "editContent") ? (
        <>
          <noscript>
            <p className="alert">{t("needsJavaScript")}</p>
          </noscript>
          <ImportForm />
        </>
      ) : (
        <p className="alert">{t("editorsOnly")}</p>
      )}
    </section>
  );
}

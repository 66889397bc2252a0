import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { Link } from "@/app/_i18n/navigation";
import { getCurrentUser } from "@/app/_data/auth/current-user";
import { findClassByCode } from "@/app/_data/classes/service";
import { isClassCode, normalizeClassCode } from "@/app/_domain/classes/class-code";
import { JoinClassForm } from "@/app/_components/classes/JoinClassForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Classes" });
  return { title: t("join.heading"), robots: { index: false } };
}

/** What a join link opens: the class's name and one button; a guest is asked to keep their progress first. */
export default async function JoinByLinkPage({ params }: Props) {
  const { locale, code: raw } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Classes");
  const code = normalizeClassCode(decodeURIComponent(raw));
  const [user, klass] = await Promise.all([getCurrentUser(), isClassCode(code) ? findClassByCode(code) : null]);
  return (
    <div className="page narrow">
      <h1>{t("join.heading")}</h1>
      {!klass ? (
        <p>{t("join.unknown")}</p>
      ) : klass.archived ? (
        <p>{t("join.archived", { name: klass.name })}</p>
      ) : !user?.username ? (
        <>
          <p>{t("join.named", { name: klass.name })}</p>
          <p>{t("join.accountFirst")}</p>
          <p>
            <Link href="/account" className="button">
              {t("join.keepProgress")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("join.named", { name: klass.name })}</p>
          <JoinClassForm code={code} hidden />
        </>
      )}
    </div>
  );
}

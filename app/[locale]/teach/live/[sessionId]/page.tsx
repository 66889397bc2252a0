import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { getPathname } from "@/app/_i18n/navigation";
import { getCurrentUser } from "@/app/_data/auth/current-user";
import { can } from "@/app/_data/auth/roles";
import { loadHostView } from "@/app/_data/live/service";
import { joinQrCodeSvg } from "@/app/_domain/live/join-qr-code";
import { HostScreen } from "@/app/_components/live/HostScreen";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; sessionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "LiveHost" });
  return { title: t("title"), robots: { index: false } };
}

/** The host screen (for a projector): the game's own teacher only. */
export default async function HostPage({ params }: Props) {
  const { locale, sessionId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("LiveHost");
  const user = await getCurrentUser();
  if (!user || !can(user.role, "teach")) {
    return (
      <section className="page narrow">
        <h1>{t("title")}</h1>
        <p className="alert">{t("teachersOnly")}</p>
      </section>
    );
  }
  const view = await loadHostView(user, sessionId);
  if (!view) notFound();
  const h = await headers();
  const host = h.get("host") ?? "localhost:3000";
  const proto = process.env.COOKIE_SECURE === "1" ? "https" : "http";
  const joinUrl = `${proto}://${host}${getPathname({ href: `/join/${view.joinCode}`, locale })}`;
  const qrSvg = await joinQrCodeSvg(joinUrl, { label: t("qrLabel", { code: view.joinCode }) });
  return (
    <section className="page">
      <h1>{view.title || t("title")}</h1>
      <HostScreen sessionId={sessionId} initial={view} joinUrl={joinUrl} qrSvg={qrSvg} />
    </section>
  );
}

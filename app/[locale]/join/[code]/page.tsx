import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { loadPlayerView } from "@/app/_data/live/service";
import { JoinForm } from "@/app/_components/live/JoinForm";
import { PlayerScreen } from "@/app/_components/live/PlayerScreen";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "LiveJoin" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * What the QR code opens. With this game's seat cookie: the player's game screen (a reload, a closed
 * tab or a restarted server all come back here, to the same seat); without: the join form. Whether a
 * code exists is told only by joining, which is rate-limited per address.
 */
export default async function JoinCodePage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("LiveJoin");
  const seated = await loadPlayerView(code);
  if (seated && !seated.seat.removed) {
    return (
      <section className="page narrow">
        <h1 className="visually-hidden">{t("gameTitle")}</h1>
        <PlayerScreen key={seated.seat.lang} code={code} initial={seated.view} />
      </section>
    );
  }
  return (
    <section className="page narrow">
      <h1>{t("title")}</h1>
      {seated?.seat.removed && <p className="alert" role="alert">{t("errors.removed")}</p>}
      <JoinForm code={/^\d{6}$/.test(code) ? code : undefined} />
    </section>
  );
}

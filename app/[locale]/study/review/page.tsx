import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/app/_data/auth/current-user";
import { loadQueue } from "@/app/_data/study/service";
import { Link, redirect } from "@/app/_i18n/navigation";
import type { Locale } from "@/app/_i18n/routing";
import { reviewPageQuerySchema } from "@/app/_schemas/study";
import { ReviewSession } from "@/app/_components/study/ReviewSession";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Study" });
  return { title: t("review.title"), robots: { index: false } };
}

export default async function ReviewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Study");
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/study", locale });
  const { deck } = reviewPageQuerySchema.parse(await searchParams);
  const view = await loadQueue(user, deck);

  return (
    <div className="page">
      <h1 className="visually-hidden">{t("review.title")}</h1>
      {view ? (
        // A new key on every render: "keep studying" (router.refresh) starts from the fresh queue.
        <ReviewSession key={Date.now()} initial={view} decks={deck} userTimeZone={user.timeZone} />
      ) : (
        <div className="card empty-state">
          <p>{t("review.decksGone")}</p>
          <p>
            <Link href="/study" className="button">
              {t("review.chooseDecks")}
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}

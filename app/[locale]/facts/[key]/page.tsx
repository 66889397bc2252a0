import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadFact } from "@/app/_data/facts/service";
import { Link } from "@/app/_i18n/navigation";
import { pick } from "@/app/_i18n/pick";
import type { Locale } from "@/app/_i18n/routing";
import { BilingualText } from "@/app/_components/BilingualText";
import { SourceCitation } from "@/app/_components/SourceCitation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, key } = await params;
  const fact = await loadFact(decodeURIComponent(key));
  return fact ? { title: pick(locale, fact.questionJa, fact.questionEn) } : {};
}

export default async function FactPage({ params }: Props) {
  const { locale, key } = await params;
  setRequestLocale(locale);
  const fact = await loadFact(decodeURIComponent(key));
  if (!fact) notFound();
  const t = await getTranslations("Facts");

  return (
    <article className="page narrow">
      <p>
        <Link href="/facts">← {t("backToList")}</Link>
      </p>
      <p className="fact-card__meta">
        <span className="chip">{t(`types.${fact.answerType}`)}</span>
        <span className="muted">{pick(locale, fact.deckNameJa, fact.deckNameEn)}</span>
      </p>
      <h1 lang={locale}>{pick(locale, fact.questionJa, fact.questionEn)}</h1>
      <dl className="fact-detail">
        <dt>{t("answer")}</dt>
        <dd>
          <span lang="ja">{fact.answerJa}</span> / <span lang="en">{fact.answerEn}</span>
        </dd>
        <dt>{t("statement")}</dt>
        <dd>
          <BilingualText ja={fact.statementJa} en={fact.statementEn} />
        </dd>
        {(fact.explanationJa || fact.explanationEn) && (
          <>
            <dt>{t("explanation")}</dt>
            <dd>
              <BilingualText ja={fact.explanationJa} en={fact.explanationEn} />
            </dd>
          </>
        )}
      </dl>
      <SourceCitation citation={fact.citation} />
    </article>
  );
}

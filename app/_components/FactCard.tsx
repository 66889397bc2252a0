import { useLocale, useTranslations } from "next-intl";
import type { FactView } from "@/app/_data/facts/types";
import { Link } from "@/app/_i18n/navigation";
import { pick } from "@/app/_i18n/pick";
import { tagLabel } from "@/app/_i18n/tag-label";
import { BilingualText } from "./BilingualText";
import { SourceCitation } from "./SourceCitation";

export function FactCard({ fact, headingLevel = 2 }: { fact: FactView; headingLevel?: 2 | 3 }) {
  const t = useTranslations("Facts");
  const locale = useLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card fact-card" aria-labelledby={`fact-${fact.key}`}>
      <p className="fact-card__meta">
        <span className="chip">{t(`types.${fact.answerType}`)}</span>
        <span className="muted">{pick(locale, fact.deckNameJa, fact.deckNameEn)}</span>
      </p>
      <Heading id={`fact-${fact.key}`} className="visually-hidden">
        {pick(locale, fact.questionJa, fact.questionEn)}
      </Heading>
      <BilingualText ja={fact.statementJa} en={fact.statementEn} />
      {(fact.explanationJa || fact.explanationEn) && (
        <p className="muted" lang={locale}>
          {pick(locale, fact.explanationJa, fact.explanationEn)}
        </p>
      )}
      <SourceCitation citation={fact.citation} />
      <p className="fact-card__footer">
        {fact.tagLabels.map((tag) => (
          <Link key={tag.key} href={{ pathname: "/facts", query: { tag: tag.key } }} className="chip chip--link">
            #{tagLabel(locale, tag)}
          </Link>
        ))}
        <Link href={`/facts/${encodeURIComponent(fact.key)}`} className="fact-card__permalink">
          {t("details")}
          <span className="visually-hidden">: {pick(locale, fact.questionJa, fact.questionEn)}</span>
        </Link>
      </p>
    </article>
  );
}

import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Citation } from "@/app/_data/facts/types";
import { pick } from "@/app/_i18n/pick";

/** The verbatim Japanese passage a fact rests on, with where it comes from. */
export function SourceCitation({ citation }: { citation: Citation }) {
  const t = useTranslations("Citation");
  const locale = useLocale();
  const format = useFormatter();
  const date = format.dateTime(new Date(`${citation.sourcePublishedOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <figure className="citation">
      <figcaption className="citation__label">{t("passage")}</figcaption>
      <blockquote lang="ja" className="citation__passage">
        {citation.passage}
      </blockquote>
      <p className="citation__source">
        {t("source", {
          series: pick(locale, citation.sourceSeriesJa, citation.sourceSeriesEn),
          number: citation.sourceNumber,
          date,
        })}{" "}
        <cite lang="ja">{citation.sourceTitleJa}</cite>
        {locale === "en" && (
          <>
            {" "}
            (<span lang="en">{citation.sourceTitleEn}</span>)
          </>
        )}
        {" · "}
        {pick(locale, citation.locatorJa, citation.locatorEn)}
      </p>
    </figure>
  );
}

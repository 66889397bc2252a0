import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { findTerms, loadDeckTree } from "@/app/_data/facts/service";
import { parseFactQuery, SEARCH_MAX_LENGTH } from "@/app/_schemas/fact-query";
import { pick } from "@/app/_i18n/pick";
import type { Locale } from "@/app/_i18n/routing";
import { Furigana } from "@/app/_components/Furigana";
import { SourceCitation } from "@/app/_components/SourceCitation";
import { SearchForm } from "@/app/_components/SearchForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Glossary" });
  return { title: t("title") };
}

export default async function GlossaryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Glossary");
  const raw = await searchParams;
  const query = parseFactQuery(raw);
  const rawQ = Array.isArray(raw.q) ? raw.q[0] : raw.q;
  const [decks, terms] = await Promise.all([loadDeckTree(), query.qTooLong ? [] : findTerms(query)]);
  const other = locale === "en" ? "ja" : "en";

  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <SearchForm
        labels={{
          form: t("searchLabel"),
          search: t("search"),
          placeholder: t("searchPlaceholder"),
          hint: t("searchHint", { max: SEARCH_MAX_LENGTH }),
          deck: t("deck"),
          allDecks: t("allDecks"),
          apply: t("apply"),
        }}
        decks={decks}
        count="termCount"
        q={query.qTooLong ? rawQ : query.q}
        deck={query.deck}
      />
      {query.qTooLong && (
        <div role="alert" className="alert">
          <p>{t("searchTooLong", { length: query.qTooLong, max: SEARCH_MAX_LENGTH })}</p>
        </div>
      )}
      <p role="status" className="muted">
        {t("resultCount", { count: terms.length })}
      </p>
      {terms.length === 0 ? (
        <div className="card empty-state">
          <p>{query.qTooLong ? t("searchTooLongShort", { max: SEARCH_MAX_LENGTH }) : query.q || query.deck ? t("noMatch") : t("empty")}</p>
        </div>
      ) : (
        <dl className="glossary">
          {terms.map((term) => (
            <div key={term.key} className="card glossary__entry" id={term.key}>
              <dt>
                <span className="glossary__ja">
                  <Furigana text={term.ja} reading={term.readingJa} />
                </span>
                <span className="glossary__en" lang="en">
                  {term.en}
                </span>
              </dt>
              <dd>
                <p lang={locale}>{pick(locale, term.definitionJa, term.definitionEn)}</p>
                <details className="bilingual__other">
                  <summary>{t(other === "en" ? "showEnglish" : "showJapanese")}</summary>
                  <p lang={other}>{pick(other, term.definitionJa, term.definitionEn)}</p>
                </details>
                {(term.aliasesJa.length > 0 || term.aliasesEn.length > 0) && (
                  <p className="muted">
                    {t("aliases")}{" "}
                    {term.aliasesJa.map((alias) => (
                      <span key={`ja-${alias}`} lang="ja" className="chip">
                        {alias}
                      </span>
                    ))}
                    {term.aliasesEn.map((alias) => (
                      <span key={`en-${alias}`} lang="en" className="chip">
                        {alias}
                      </span>
                    ))}
                  </p>
                )}
                <SourceCitation citation={term.citation} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

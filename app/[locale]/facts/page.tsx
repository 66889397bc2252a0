import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { findFacts, loadDeckTree, loadTagLabels } from "@/app/_data/facts/service";
import { parseFactQuery, SEARCH_MAX_LENGTH } from "@/app/_schemas/fact-query";
import { FactFilters } from "@/app/_components/FactFilters";
import { FactCard } from "@/app/_components/FactCard";
import { Pagination } from "@/app/_components/Pagination";
import { ExportLinks } from "@/app/_components/ExportLinks";
import type { Locale } from "@/app/_i18n/routing";
import { tagLabel } from "@/app/_i18n/tag-label";
import type { FactPage } from "@/app/_data/facts/types";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Facts" });
  return { title: t("title") };
}

export default async function FactsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Facts");
  const raw = await searchParams;
  const { qTooLong, ...query } = parseFactQuery(raw);
  const rawQ = Array.isArray(raw.q) ? raw.q[0] : raw.q;
  const nothing: FactPage = { items: [], total: 0, page: 1, pageCount: 1 };
  const [decks, tags, result] = await Promise.all([loadDeckTree(), loadTagLabels(), qTooLong ? nothing : findFacts(query)]);
  const filtered = Boolean(query.q || query.deck || query.type || query.tag);

  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <FactFilters decks={decks} tags={tags.map((tag) => ({ key: tag.key, label: tagLabel(locale, tag) }))} query={query} q={qTooLong ? rawQ : undefined} />
      {qTooLong && (
        <div role="alert" className="alert">
          <p>{t("searchTooLong", { length: qTooLong, max: SEARCH_MAX_LENGTH })}</p>
        </div>
      )}
      <p role="status" className="muted">
        {t("resultCount", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <div className="card empty-state">
          <p>{qTooLong ? t("searchTooLongShort", { max: SEARCH_MAX_LENGTH }) : filtered ? t("noMatch") : t("empty")}</p>
        </div>
      ) : (
        <ol className="fact-list">
          {result.items.map((fact) => (
            <li key={fact.key}>
              <FactCard fact={fact} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/facts" query={query} />
      <ExportLinks deck={query.deck} />
    </div>
  );
}

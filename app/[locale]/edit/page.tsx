import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/app/_i18n/navigation";
import { loadEditIndex, loadRecordLists } from "@/app/_data/edit/service";
import type { EditFilter } from "@/app/_data/edit/content-reads";
import type { Locale } from "@/app/_i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS: EditFilter[] = ["all", "drafts", "needsTranslation"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Edit" });
  return { title: t("title") };
}

export default async function EditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Edit");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 200) : "";
  const filter = FILTERS.find((f) => f === sp.filter) ?? "all";
  const [data, lists] = await Promise.all([loadEditIndex({ q, filter }), loadRecordLists()]);
  if (!data || !lists) {
    return (
      <section className="page narrow">
        <h1>{t("title")}</h1>
        <p className="alert">{t("editorsOnly")}</p>
      </section>
    );
  }
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p className="actions">
        <Link href="/edit/facts/new" className="button">
          {t("newFact")}
        </Link>{" "}
        <Link href="/edit/sources/new" className="button button--secondary">
          {t("newSource")}
        </Link>{" "}
        <Link href="/edit/tags">{t("tags")}</Link> · <Link href="/edit/import">{t("import")}</Link>
      </p>
      <h2>{t("facts")}</h2>
      <nav aria-label={t("filterLabel")}>
        <ul className="inline-list">
          {FILTERS.map((f) => (
            <li key={f}>
              <Link href={{ pathname: "/edit", query: { ...(q ? { q } : {}), filter: f } }} aria-current={f === filter ? "page" : undefined}>
                {t(`filters.${f}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" role="search" className="search-form">
        <input type="hidden" name="filter" value={filter} />
        <label htmlFor="edit-q">{t("searchLabel")}</label>
        <input id="edit-q" name="q" type="search" defaultValue={q} />
        <button type="submit" className="button">
          {t("search")}
        </button>
      </form>
      {data.facts.length === 0 ? (
        <p className="muted">{t("noFacts")}</p>
      ) : (
        <ul className="stack">
          {data.facts.map((f) => (
            <li key={f.key}>
              <Link href={`/edit/facts/${encodeURIComponent(f.key)}`}>
                {(() => {
                  const own = locale === "ja" ? f.questionJa : f.questionEn;
                  return own ? <span lang={locale}>{own}</span> : <span lang={locale === "ja" ? "en" : "ja"}>{f.questionJa || f.questionEn || f.key}</span>;
                })()}
              </Link>{" "}
              <code>{f.key}</code> · {f.published ? t("published") : t("draft")}
              {f.missing.length > 0 && <> · <strong>{t("missing", { languages: f.missing.map((l) => t(`languages.${l}`)).join(", ") })}</strong></>}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("sources")}</h2>
      <ul className="stack">
        {data.sources.map((s) => (
          <li key={s.key}>
            <Link href={`/edit/sources/${encodeURIComponent(s.key)}`}>
              <span lang="ja">{s.titleJa}</span> / <span lang="en">{s.titleEn}</span>
            </Link>{" "}
            · {s.paragraphs.length > 0 ? t("paragraphCount", { count: s.paragraphs.length }) : t("noText")}
          </li>
        ))}
      </ul>
      <h2>{t("decks")}</h2>
      <p>
        <Link href="/edit/decks/new">{t("newDeck")}</Link>
      </p>
      <ul className="stack">
        {lists.decks.map((d) => (
          <li key={d.key}>
            <Link href={`/edit/decks/${d.key}`}>
              <span lang="ja">{d.nameJa}</span> / <span lang="en">{d.nameEn}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h2>{t("terms")}</h2>
      <p>
        <Link href="/edit/terms/new">{t("newTerm")}</Link>
      </p>
      <ul className="stack">
        {lists.terms.map((term) => (
          <li key={term.key}>
            <Link href={`/edit/terms/${term.key}`}>
              <span lang="ja">{term.ja}</span> / <span lang="en">{term.en}</span>
            </Link>{" "}
            · {term.published ? t("published") : t("draft")}
          </li>
        ))}
      </ul>
      <h2>{t("entities")}</h2>
      <p>
        <Link href="/edit/entities/new">{t("newEntity")}</Link>
      </p>
      <ul className="stack">
        {lists.entities.map((e) => (
          <li key={e.key}>
            <Link href={`/edit/entities/${e.key}`}>
              <span lang="ja">{e.nameJa}</span> / <span lang="en">{e.nameEn}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

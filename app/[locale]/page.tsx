import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { loadSources } from "@/app/_data/sources/service";
import { pick } from "@/app/_i18n/pick";
import type { Locale } from "@/app/_i18n/routing";
import { AssignedToMe } from "@/app/_components/classes/AssignedToMe";

// Reads the database, which is seeded when the server starts (after the build).
export const dynamic = "force-dynamic";

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const format = await getFormatter();
  const sources = await loadSources();

  return (
    <div className="page">
      <section className="hero">
        <h1>{t("title")}</h1>
        <p className="lead">{t("lead")}</p>
      </section>
      <AssignedToMe />

      <section aria-labelledby="features-heading" className="features">
        <h2 id="features-heading" className="visually-hidden">
          {t("features.label")}
        </h2>
        <ul className="card-grid">
          {(["sourced", "twoLanguages", "remember"] as const).map((feature) => (
            <li key={feature} className="card">
              <h3>{t(`features.${feature}.title`)}</h3>
              <p>{t(`features.${feature}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="source-heading">
        <h2 id="source-heading">{t("source.heading")}</h2>
        {sources.length === 0 ? (
          <p>{t("source.empty")}</p>
        ) : (
          <ul className="source-list">
            {sources.map((source) => (
              <li key={source.key} className="card source-card">
                <p className="source-card__series">
                  {pick(locale, source.seriesJa, source.seriesEn)} {source.number}
                </p>
                <h3 lang="ja">{source.titleJa}</h3>
                {locale === "en" && <p className="source-card__translation" lang="en">{source.titleEn}</p>}
                <p className="muted">
                  {pick(locale, source.publisherJa, source.publisherEn)} ·{" "}
                  {t("source.by", { author: pick(locale, source.authorJa, source.authorEn) })} ·{" "}
                  {t("source.published", {
                    date: format.dateTime(new Date(`${source.publishedOn}T00:00:00Z`), {
                      dateStyle: "long",
                      timeZone: "UTC",
                    }),
                  })}
                </p>
                <p>{t("source.counts", { facts: source.factCount, terms: source.termCount })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

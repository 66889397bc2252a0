import { useTranslations } from "next-intl";

/** Download links for the fact base, or the chosen deck, as JSON (full fidelity) and for Anki. */
export function ExportLinks({ deck }: { deck?: string }) {
  const t = useTranslations("Export");
  const href = (format: string) => `/api/export?${new URLSearchParams({ format, ...(deck ? { deck } : {}) })}`;
  return (
    <section aria-labelledby="export-heading" className="export-links">
      <h2 id="export-heading">{deck ? t("headingDeck") : t("heading")}</h2>
      <ul>
        <li>
          <a href={href("json")} download>
            {t("json")}
          </a>
        </li>
        <li>
          <a href={href("tsv")} download>
            {t("tsv")}
          </a>
        </li>
        <li>
          <a href={href("csv")} download>
            {t("csv")}
          </a>
        </li>
      </ul>
    </section>
  );
}

import { useLocale, useTranslations } from "next-intl";
import type { DeckNode } from "@/app/_data/facts";
import type { FactQueryParams } from "@/app/_schemas/fact-query";
import { ANSWER_TYPES } from "@/app/_schemas/interchange";
import { pick } from "@/app/_i18n/pick";

/** A plain GET form: search and filters work without JavaScript and keep their state in the URL. */
export function FactFilters({ decks, tags, query }: { decks: DeckNode[]; tags: string[]; query: FactQueryParams }) {
  const t = useTranslations("Facts");
  const locale = useLocale();
  return (
    <form method="get" role="search" aria-label={t("searchLabel")} className="filters card">
      <div className="field filters__q">
        <label htmlFor="q">{t("search")}</label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("searchPlaceholder")} />
      </div>
      <div className="field">
        <label htmlFor="deck">{t("deck")}</label>
        <select id="deck" name="deck" defaultValue={query.deck ?? ""}>
          <option value="">{t("allDecks")}</option>
          {decks.map((deck) => (
            <option key={deck.key} value={deck.key}>
              {"\u2003".repeat(deck.depth)}
              {pick(locale, deck.nameJa, deck.nameEn)} ({deck.factCount})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="type">{t("type")}</label>
        <select id="type" name="type" defaultValue={query.type ?? ""}>
          <option value="">{t("allTypes")}</option>
          {ANSWER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`types.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="tag">{t("tag")}</label>
        <select id="tag" name="tag" defaultValue={query.tag ?? ""}>
          <option value="">{t("allTags")}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t("apply")}
        </button>
      </div>
    </form>
  );
}

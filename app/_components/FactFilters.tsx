import { useTranslations } from "next-intl";
import type { DeckNode } from "@/app/_data/facts/types";
import { SEARCH_MAX_LENGTH, type FactQueryParams } from "@/app/_schemas/fact-query";
import { ANSWER_TYPES } from "@/app/_schemas/interchange";
import { SearchForm } from "./SearchForm";

/** Search, topic, answer type and tag filters of the fact list. */
export function FactFilters({ decks, tags, query, q }: { decks: DeckNode[]; tags: { key: string; label: string }[]; query: FactQueryParams; q?: string }) {
  const t = useTranslations("Facts");
  const labels = {
    form: t("searchLabel"),
    search: t("search"),
    placeholder: t("searchPlaceholder"),
    hint: t("searchHint", { max: SEARCH_MAX_LENGTH }),
    deck: t("deck"),
    allDecks: t("allDecks"),
    apply: t("apply"),
  };
  return (
    <SearchForm labels={labels} decks={decks} count="factCount" q={q ?? query.q} deck={query.deck}>
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
            <option key={tag.key} value={tag.key}>
              {tag.label}
            </option>
          ))}
        </select>
      </div>
    </SearchForm>
  );
}

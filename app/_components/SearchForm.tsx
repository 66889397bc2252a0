import type { ReactNode } from "react";
import { useLocale } from "next-intl";
import type { DeckNode } from "@/app/_data/facts/types";
import { pick } from "@/app/_i18n/pick";
import { SEARCH_MAX_LENGTH } from "@/app/_schemas/fact-query";

type Labels = { form: string; search: string; placeholder: string; hint: string; deck: string; allDecks: string; apply: string };

/**
 * A plain GET form (search words + topic, plus any extra filters as children): it works without
 * JavaScript and keeps its state in the URL.
 */
export function SearchForm(props: {
  labels: Labels;
  decks: DeckNode[];
  count: "factCount" | "termCount";
  q?: string;
  deck?: string;
  children?: ReactNode;
}) {
  const { labels, decks, count } = props;
  const locale = useLocale();
  return (
    <form method="get" role="search" aria-label={labels.form} className="filters card">
      <div className="field filters__q">
        <label htmlFor="q">{labels.search}</label>
        {/* Longer searches are refused (and a very long URL never reaches the app): the box stops there. */}
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={(props.q ?? "").slice(0, SEARCH_MAX_LENGTH)}
          placeholder={labels.placeholder}
          maxLength={SEARCH_MAX_LENGTH}
          aria-describedby="q-hint"
        />
        <p id="q-hint" className="muted">
          {labels.hint}
        </p>
      </div>
      <div className="field">
        <label htmlFor="deck">{labels.deck}</label>
        <select id="deck" name="deck" defaultValue={props.deck ?? ""}>
          <option value="">{labels.allDecks}</option>
          {decks.map((deck) => (
            <option key={deck.key} value={deck.key}>
              {"\u2003".repeat(deck.depth)}
              {pick(locale, deck.nameJa, deck.nameEn)} ({deck[count]})
            </option>
          ))}
        </select>
      </div>
      {props.children}
      <div className="filters__actions">
        <button type="submit" className="button">
          {labels.apply}
        </button>
      </div>
    </form>
  );
}

import { useLocale, useTranslations } from "next-intl";
import type { DeckNode } from "@/app/_data/facts/types";
import { pick } from "@/app/_i18n/pick";
import { startStudy } from "@/app/_actions/study/start-study";
import type { StudyErrorCode } from "@/app/_schemas/study";
import styles from "./study.module.css";

/** Choose decks, then start: a plain form posting to a server action (works before JavaScript loads). */
export function DeckPicker({ decks, error }: { decks: DeckNode[]; error: StudyErrorCode | null }) {
  const t = useTranslations("Study");
  const locale = useLocale();
  return (
    <form action={startStudy} className={`card ${styles.picker}`} aria-describedby={error ? "deck-error" : undefined}>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className={styles.fieldset} aria-describedby="deck-hint">
        <legend>{t("decksLegend")}</legend>
        <p id="deck-hint" className={styles.hint}>
          {t("decksHint")}
        </p>
        {error && (
          <p id="deck-error" role="alert" className="field-error">
            {t(`errors.${error}`)}
          </p>
        )}
        <ul className={styles.deckList}>
          {decks.map((deck) => (
            <li key={deck.key} style={{ paddingInlineStart: `${deck.depth * 1.5}rem` }}>
              <label>
                <input type="checkbox" name="decks" value={deck.key} aria-invalid={error ? true : undefined} />
                <span>
                  <span className={styles.deckName}>{pick(locale, deck.nameJa, deck.nameEn)}</span>
                  <span className={styles.deckCounts}>{t("deckCounts", { facts: deck.factCount, terms: deck.termCount })}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p>
        <button type="submit" className="button">
          {t("start")}
        </button>
      </p>
    </form>
  );
}

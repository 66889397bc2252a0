import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { DeckProgress } from "@/app/_data/study/progress";
import { pick } from "@/app/_i18n/pick";
import styles from "./progress.module.css";

const PARTS = ["mastered", "young", "learning", "new"] as const;

/** Per deck: a stacked bar of mastered, young, learning and new cards; the table is the chart. */
export function DeckMastery({ decks }: { decks: DeckProgress[] }) {
  const t = useTranslations("Progress.mastery");
  const locale = useLocale();
  const format = useFormatter();
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="mastery-heading">
      <h2 id="mastery-heading">{t("title")}</h2>
      <p className={styles.legend}>
        {PARTS.map((part) => (
          <span key={part} className={styles.legendItem}>
            <span className={`${styles.swatch} ${styles[part]}`} aria-hidden="true" />
            {t(part)}
          </span>
        ))}
      </p>
      <table className={`${styles.table} ${styles.masteryTable}`}>
        <thead>
          <tr>
            <th scope="col">{t("deck")}</th>
            <th scope="col" className={styles.stackColumn}>
              <span className="visually-hidden">{t("title")}</span>
            </th>
            <th scope="col">{t("share")}</th>
          </tr>
        </thead>
        <tbody>
          {decks.map((deck) => {
            const name = pick(locale, deck.nameJa, deck.nameEn);
            return (
              <tr key={deck.deckId}>
                <th scope="row" style={{ paddingInlineStart: `${deck.depth * 0.75}rem` }}>
                  {name}
                </th>
                <td className={styles.stackColumn}>
                  <span className="visually-hidden">
                    {t("barLabel", { deck: name, mastered: deck.mastered, young: deck.young, learning: deck.learning, new: deck.new })}
                  </span>
                  <span className={styles.stack} aria-hidden="true">
                    {PARTS.map((part) =>
                      deck[part] > 0 ? (
                        <span key={part} className={styles[part]} style={{ flexGrow: deck[part] }} title={`${t(part)}: ${deck[part]}`} />
                      ) : null,
                    )}
                  </span>
                </td>
                <td>
                  {format.number(deck.mastery, { style: "percent", maximumFractionDigits: 0 })}{" "}
                  <span className="muted">
                    ({deck.mastered}/{deck.total})
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted">{t("note")}</p>
    </section>
  );
}

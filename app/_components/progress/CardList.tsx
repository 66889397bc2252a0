import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { CardLabel } from "@/app/_data/study/progress";
import type { CardDirection } from "@/app/_schemas/study";
import { Link } from "@/app/_i18n/navigation";
import { pick } from "@/app/_i18n/pick";
import { Furigana } from "@/app/_components/Furigana";
import styles from "./progress.module.css";

/** Weakest cards or leeches: what the card asks, how often it was forgotten, how likely recall is now. */
export function CardList({ id, title, description, empty, cards }: { id: string; title: string; description?: string; empty: string; cards: CardLabel[] }) {
  const t = useTranslations("Progress.weakest");
  const ts = useTranslations("Study");
  const locale = useLocale();
  const format = useFormatter();
  return (
    <section className={`card ${styles.panel}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {description && <p className="muted">{description}</p>}
      {cards.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("card")}</th>
              <th scope="col">{t("lapses")}</th>
              <th scope="col">{t("recall")}</th>
            </tr>
          </thead>
          <tbody>
            {cards.map((card) => (
              <tr key={card.cardId}>
                <th scope="row" className={styles.cardCell}>
                  <Link href={card.kind === "fact" ? `/facts/${encodeURIComponent(card.key)}` : `/glossary#${encodeURIComponent(card.key)}`}>
                    {card.kind === "term" && locale === "ja" ? <Furigana text={card.ja} reading={card.reading} /> : pick(locale, card.ja, card.en)}
                  </Link>
                  <span className={styles.cardDirection}>{ts(`directions.${card.direction as CardDirection}`)}</span>
                </th>
                <td>{t("lapsesValue", { count: card.lapses })}</td>
                <td>{format.number(card.retrievability, { style: "percent", maximumFractionDigits: 0 })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import type { RefObject } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/app/_i18n/navigation";
import { pick } from "@/app/_i18n/pick";
import { SourceCitation } from "@/app/_components/SourceCitation";
import type { StudyCardView } from "@/app/_data/study/queue";
import type { CardDirection } from "@/app/_schemas/study";
import { CardSideText } from "./CardSideText";
import { SpeakButton } from "./SpeakButton";
import styles from "./study.module.css";

const STATE_KEYS = ["stateNew", "stateLearning", "stateReview", "stateRelearning"] as const;

/** A flashcard: the prompt, and once revealed the answer with its source passage and citation. */
export function StudyCard({
  card,
  revealed,
  frontRef,
  answerRef,
}: {
  card: StudyCardView;
  revealed: boolean;
  frontRef: RefObject<HTMLDivElement | null>;
  answerRef: RefObject<HTMLDivElement | null>;
}) {
  const t = useTranslations("Study");
  const locale = useLocale();
  const spoken = (side: StudyCardView["front"]) => (side.lang === "ja" && side.reading ? side.reading : side.text);
  return (
    <>
      <p className={styles.meta}>
        <span className="chip">{pick(locale, card.deckNameJa, card.deckNameEn)}</span>
        <span className="chip">{t(`directions.${card.direction as CardDirection}`)}</span>
        <span className={styles.state}>{t(`review.${STATE_KEYS[card.state] ?? "stateReview"}`)}</span>
        {card.leech && <span className={styles.leech}>{t("review.leech")}</span>}
      </p>
      <div ref={frontRef} tabIndex={-1} className={styles.side}>
        <h2 className={styles.sideLabel}>{t("review.question")}</h2>
        <div className={styles.sideBody}>
          <p lang={card.front.lang} className={styles.prompt}>
            <CardSideText side={card.front} />
          </p>
          <SpeakButton text={spoken(card.front)} lang={card.front.lang} label={t("review.readQuestion")} />
        </div>
      </div>
      {revealed && (
        <div ref={answerRef} tabIndex={-1} className={`${styles.side} ${styles.back}`}>
          <h2 className={styles.sideLabel}>{t("review.answer")}</h2>
          <div className={styles.sideBody}>
            <p lang={card.answer.lang} className={styles.answer}>
              <CardSideText side={card.answer} />
            </p>
            <SpeakButton text={spoken(card.answer)} lang={card.answer.lang} label={t("review.readAnswer")} />
          </div>
          {card.detail && card.detail.text !== card.answer.text && (
            <p lang={card.detail.lang} className={styles.detail}>
              {card.detail.text}
            </p>
          )}
          <SourceCitation citation={card.citation} />
          <p className={styles.open}>
            <Link href={card.kind === "fact" ? `/facts/${encodeURIComponent(card.key)}` : `/glossary#${encodeURIComponent(card.key)}`}>
              {t(card.kind === "fact" ? "review.openFact" : "review.openTerm")}
            </Link>
          </p>
        </div>
      )}
    </>
  );
}

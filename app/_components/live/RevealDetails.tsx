import { useTranslations } from "next-intl";
import type { RevealWithCitations } from "@/app/_data/live/game-views";
import type { PublicQuestion } from "@/app/_domain/quiz/types";
import { ExpectedAnswer } from "@/app/_components/quiz/ExpectedAnswer";
import { SourceCitation } from "@/app/_components/SourceCitation";

/** The right answer of a revealed question, its explanation and the passage it rests on, with the citation. */
export function RevealDetails({ reveal, question }: { reveal: RevealWithCitations; question: PublicQuestion }) {
  const t = useTranslations("LivePlay");
  const lang = question.answerLang;
  return (
    <div className="live-reveal">
      <p data-testid="right-answer">
        <strong>{t("rightAnswer")}</strong> <ExpectedAnswer question={question} expected={reveal.expected} />
      </p>
      {reveal.reveal.map((item, i) => (
        <div key={item.key}>
          <p lang={lang}>{lang === "ja" ? item.explanationJa : item.explanationEn}</p>
          {reveal.citations[i] && <SourceCitation citation={reveal.citations[i]!} />}
        </div>
      ))}
    </div>
  );
}

import { useTranslations } from "next-intl";
import type { PublicQuestion } from "@/app/_domain/quiz/types";
import type { Expected } from "@/app/_domain/quiz/grade-answer";
import { textOf } from "./answer-parts";
import { EventDate } from "./EventDate";

/** The right answer, shown once the question is answered. */
export function ExpectedAnswer({ question: q, expected }: { question: PublicQuestion; expected: Expected }) {
  const t = useTranslations("Quiz");
  switch (expected.kind) {
    case "choice":
      return <span lang={q.answerLang}>{expected.text}</span>;
    case "text": {
      const others = expected.accepted.filter((a) => a !== expected.text).slice(0, 3);
      return (
        <>
          <span lang={q.answerLang}>{expected.text}</span>
          {others.length > 0 && (
            <>
              {" "}
              ({t("answer.alsoAccepted")}: <span lang={q.answerLang}>{others.join(" / ")}</span>)
            </>
          )}
        </>
      );
    }
    case "boolean":
      return (
        <>
          {expected.value ? t("question.true") : t("question.false")}
          {!expected.value && (
            <>
              {" "}
              ({t("answer.trueStatement")}: <span lang={q.promptLang}>{expected.statement}</span>)
            </>
          )}
        </>
      );
    case "pairs":
      if (q.type !== "matching") return null;
      return (
        <ul>
          {q.left.map((left) => (
            <li key={left.id}>
              <span lang={q.promptLang}>{left.text}</span> → <span lang={q.answerLang}>{textOf(q.right, expected.pairs[left.id])}</span>
            </li>
          ))}
        </ul>
      );
    case "order":
      if (q.type !== "ordering") return null;
      return (
        <ol>
          {expected.order.map((id) => (
            <li key={id}>
              <span lang={q.promptLang}>{textOf(q.items, id)}</span> (<EventDate iso={expected.dates[id]} />)
            </li>
          ))}
        </ol>
      );
  }
}

// The questions the quiz would make from a fact, each with its options and the right answer marked,
// so an editor catches a bad question (a give-away option, a clumsy blank) before learners see it.
import { useTranslations } from "next-intl";
import type { GeneratedQuestion } from "@/app/_domain/quiz/types";

type Question = Pick<GeneratedQuestion, "public" | "key">;

export function QuestionPreview({ questions }: { questions: Question[] }) {
  const t = useTranslations("EditFact");
  const tTypes = useTranslations("Quiz.types");
  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">{t("preview")}</h2>
      <p className="muted">{t("previewLead")}</p>
      {questions.length === 0 ? (
        <p>{t("previewNone")}</p>
      ) : (
        <ol className="stack">
          {questions.map(({ public: q, key }) => (
            <li key={q.id} lang={q.promptLang}>
              <h3>{tTypes(q.type)}</h3>
              <PreviewBody question={q} answerKey={key} correct={t("correct")} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function PreviewBody({ question: q, answerKey: key, correct }: { question: Question["public"]; answerKey: Question["key"]; correct: string }) {
  switch (q.type) {
    case "multiple_choice":
    case "term_translation":
      return (
        <>
          <p>{q.prompt}</p>
          <ul>
            {("options" in q ? q.options : []).map((o) => (
              <li key={o.id} lang={q.answerLang}>
                {o.text}
                {"correctOptionId" in key && key.correctOptionId === o.id && <strong> ({correct})</strong>}
              </li>
            ))}
          </ul>
        </>
      );
    case "true_false":
      return (
        <p>
          {q.statement} — <strong>{key.type === "true_false" && key.isTrue ? "✓" : "✗"}</strong>
          {key.type === "true_false" && !key.isTrue && <> ({key.correctStatement})</>}
        </p>
      );
    case "cloze":
      return (
        <p>
          {q.before}
          <strong lang={q.answerLang}>［{key.type === "cloze" ? key.accepted.join(" / ") : ""}］</strong>
          {q.after}
        </p>
      );
    case "matching":
      return (
        <ul>
          {q.left.map((l) => (
            <li key={l.id}>
              {l.text} → {key.type === "matching" ? q.right.find((r) => r.id === key.pairs[l.id])?.text : ""}
            </li>
          ))}
        </ul>
      );
    case "ordering":
      return (
        <ol>
          {(key.type === "ordering" ? key.order : []).map((id) => (
            <li key={id}>{q.items.find((i) => i.id === id)?.text}</li>
          ))}
        </ol>
      );
  }
}

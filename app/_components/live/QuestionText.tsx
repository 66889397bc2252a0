import type { PublicQuestion } from "@/app/_domain/quiz/types";

/** A live question's prompt in its language (a cloze shows its blank as a line). */
export function QuestionText({ question: q, id }: { question: PublicQuestion; id?: string }) {
  const text =
    q.type === "multiple_choice" || q.type === "term_translation"
      ? q.prompt
      : q.type === "true_false"
        ? q.statement
        : q.type === "cloze"
          ? `${q.before}＿＿＿${q.after}`
          : null;
  return (
    <p id={id} lang={q.promptLang} className="live-prompt">
      {text}
    </p>
  );
}

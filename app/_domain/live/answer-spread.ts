// How a question's answers were spread, for the host's reveal: per option for choices, true/false
// counts, right/almost/wrong for typed answers and orderings. Counts only, never who answered what.
import type { Verdict } from "@/app/_domain/quiz/grade-answer";
import type { LiveQuestion } from "./generate-live-questions";

export interface SpreadAnswer {
  response: unknown;
  verdict: Verdict;
}

export interface AnswerSpread {
  total: number;
  byVerdict: Record<Verdict, number>;
  /** Multiple choice: option id → count (every option listed, zero included). */
  byOption: Record<string, number> | null;
  /** True/false: how many said true and false. */
  byBoolean: { true: number; false: number } | null;
}

export function answerSpread(question: LiveQuestion, answers: readonly SpreadAnswer[]): AnswerSpread {
  const pub = question.versions.ja.public;
  const byVerdict: Record<Verdict, number> = { correct: 0, almost: 0, wrong: 0 };
  const byOption = pub.type === "multiple_choice" ? Object.fromEntries(pub.options.map((o) => [o.id, 0])) : null;
  const byBoolean = pub.type === "true_false" ? { true: 0, false: 0 } : null;
  for (const answer of answers) {
    byVerdict[answer.verdict] += 1;
    const r = answer.response as { optionId?: unknown; value?: unknown } | null;
    if (byOption && typeof r?.optionId === "string" && r.optionId in byOption) byOption[r.optionId] += 1;
    if (byBoolean && typeof r?.value === "boolean") byBoolean[r.value ? "true" : "false"] += 1;
  }
  return { total: answers.length, byVerdict, byOption, byBoolean };
}

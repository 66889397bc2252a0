// Server-side grading. Never throws: a response of the wrong shape is simply wrong, with a reason.
//
// Scoring: correct = 1, wrong = 0. "almost" (one typo in a long Latin-script answer) scores 1, because
// the learner recalled the answer; the verdict still tells the UI to show the right spelling.
// Matching and ordering give partial credit (share of pairs / positions right); their verdict is
// "correct" only when everything is right, otherwise "wrong" with the partial score.
import { isAnswerCorrect } from "@/app/_domain/text/is-answer-correct";
import { responseSchemaFor } from "./responses";
import type { Choice, GeneratedQuestion, QuestionKey } from "./types";

export const ALMOST_SCORE = 1;

export type Verdict = "correct" | "almost" | "wrong";
/** Why an answer was wrong other than being the wrong answer. */
export type GradeReason = "malformed_response" | "unknown_choice" | "empty";

export type Expected =
  | { kind: "choice"; optionId: string; text: string }
  | { kind: "boolean"; value: boolean; statement: string }
  | { kind: "text"; text: string; accepted: string[] }
  | { kind: "pairs"; pairs: Record<string, string> }
  | { kind: "order"; order: string[]; dates: Record<string, string> };

export interface GradeResult {
  verdict: Verdict;
  score: number;
  reason: GradeReason | null;
  expected: Expected;
  /** For typed answers: the accepted form the response matched. */
  matched: string | null;
  /** Matching (by left id) and ordering (by item id): which parts were right. */
  partsRight: Record<string, boolean> | null;
}

export function gradeAnswer(question: GeneratedQuestion, response: unknown): GradeResult {
  const expected = expectedOf(question);
  const result = (verdict: Verdict, score: number, extra: Partial<GradeResult> = {}): GradeResult => ({
    verdict, score, reason: null, expected, matched: null, partsRight: null, ...extra,
  });
  const wrong = (reason: GradeReason) => result("wrong", 0, { reason });
  const parsed = responseSchemaFor(question).safeParse(response);
  if (!parsed.success) return wrong("malformed_response");
  const r = parsed.data as Record<string, unknown>;
  const key = question.key;
  const q = question.public;

  const byChoice = (correctId: string, options: Choice[]) => {
    if (typeof r.optionId !== "string") return wrong("malformed_response");
    if (!options.some((o) => o.id === r.optionId)) return wrong("unknown_choice");
    return r.optionId === correctId ? result("correct", 1) : result("wrong", 0);
  };
  const byText = (accepted: string[], numeric: boolean) => {
    if (typeof r.text !== "string") return wrong("malformed_response");
    if (!r.text.trim()) return wrong("empty");
    const check = isAnswerCorrect(r.text, accepted, { numeric });
    const score = check.verdict === "correct" ? 1 : check.verdict === "almost" ? ALMOST_SCORE : 0;
    return result(check.verdict, score, { matched: check.matched });
  };
  const partial = (parts: Record<string, boolean>) => {
    const values = Object.values(parts);
    const score = values.filter(Boolean).length / values.length;
    return result(score === 1 ? "correct" : "wrong", score, { partsRight: parts });
  };

  switch (key.type) {
    case "multiple_choice":
      return q.type === "multiple_choice" ? byChoice(key.correctOptionId, q.options) : wrong("malformed_response");
    case "true_false":
      return r.value === key.isTrue ? result("correct", 1) : result("wrong", 0);
    case "cloze":
      return byText(key.accepted, key.numeric);
    case "term_translation":
      if (q.type !== "term_translation") return wrong("malformed_response");
      return q.mode === "choice" ? byChoice(key.correctOptionId ?? "", q.options) : byText(key.accepted, false);
    case "matching": {
      if (q.type !== "matching") return wrong("malformed_response");
      const given = r.pairs as Record<string, string>;
      const lefts = new Set(q.left.map((c) => c.id));
      const rights = new Set(q.right.map((c) => c.id));
      if (Object.entries(given).some(([l, rt]) => !lefts.has(l) || !rights.has(rt))) return wrong("unknown_choice");
      return partial(Object.fromEntries(q.left.map((l) => [l.id, given[l.id] === key.pairs[l.id]])));
    }
    case "ordering": {
      const order = r.order as string[];
      const isPermutation =
        order.length === key.order.length && new Set(order).size === order.length && key.order.every((i) => order.includes(i));
      if (!isPermutation) return wrong("malformed_response");
      return partial(Object.fromEntries(key.order.map((itemId, i) => [itemId, order[i] === itemId])));
    }
  }
}

function expectedOf(question: GeneratedQuestion): Expected {
  const key: QuestionKey = question.key;
  const q = question.public;
  const optionText = (id: string | null) => ("options" in q ? q.options.find((o) => o.id === id)?.text : undefined) ?? "";
  switch (key.type) {
    case "multiple_choice":
      return { kind: "choice", optionId: key.correctOptionId, text: optionText(key.correctOptionId) };
    case "true_false":
      return { kind: "boolean", value: key.isTrue, statement: key.correctStatement };
    case "cloze":
      return { kind: "text", text: key.accepted[0] ?? "", accepted: key.accepted };
    case "term_translation":
      return key.correctOptionId
        ? { kind: "choice", optionId: key.correctOptionId, text: optionText(key.correctOptionId) }
        : { kind: "text", text: key.accepted[0] ?? "", accepted: key.accepted };
    case "matching":
      return { kind: "pairs", pairs: key.pairs };
    case "ordering":
      return { kind: "order", order: key.order, dates: key.dates };
  }
}

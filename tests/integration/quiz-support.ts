// Helpers shared by the quiz tests (integration and end-to-end): answers built from a stored question's key.
import type { GeneratedQuestion } from "@/app/_domain/quiz/types";

type Question = Pick<GeneratedQuestion, "public" | "key">;

/** The response a learner who knows the answer would give. */
export function correctResponse(q: Question): Record<string, unknown> {
  const key = q.key;
  switch (key.type) {
    case "multiple_choice":
      return { optionId: key.correctOptionId };
    case "true_false":
      return { value: key.isTrue };
    case "cloze":
      return { text: key.accepted[0] };
    case "matching":
      return { pairs: key.pairs };
    case "ordering":
      return { order: key.order };
    case "term_translation":
      return key.correctOptionId ? { optionId: key.correctOptionId } : { text: key.accepted[0] };
  }
}

/** A well-formed response that is wrong. */
export function wrongResponse(q: Question): Record<string, unknown> {
  const key = q.key;
  const p = q.public;
  const otherOption = (right: string | null) => ("options" in p ? p.options.find((o) => o.id !== right)!.id : "");
  switch (key.type) {
    case "multiple_choice":
      return { optionId: otherOption(key.correctOptionId) };
    case "true_false":
      return { value: !key.isTrue };
    case "cloze":
      return { text: "xyzzy nothing like it" };
    case "matching": {
      const lefts = Object.keys(key.pairs);
      return { pairs: Object.fromEntries(lefts.map((l, i) => [l, key.pairs[lefts[(i + 1) % lefts.length]]])) };
    }
    case "ordering":
      return { order: [...key.order].reverse() };
    case "term_translation":
      return key.correctOptionId ? { optionId: otherOption(key.correctOptionId) } : { text: "xyzzy nothing like it" };
  }
}

/** Field names that only an answer key has. */
export const KEY_FIELD_NAMES = ["correctOptionId", "isTrue", "correctStatement", "\"accepted\"", "\"reveal\"", "explanationJa", "explanationEn"];

/**
 * What must not reach the browser before a question is answered. `tokens` are random ids in the key's
 * arrangement (safe to look for anywhere); `texts` are answers in words, which only this question's page
 * must not contain (another page may say "Japan" for its own reasons).
 */
export function secretsOf(q: Question): { tokens: string[]; texts: string[] } {
  const key = q.key;
  const shown = JSON.stringify(q.public);
  const texts: string[] = [];
  const tokens: string[] = [];
  switch (key.type) {
    case "true_false":
      // A true statement is shown as is; a false one must not give away the true one.
      if (!key.isTrue) texts.push(key.correctStatement);
      break;
    case "cloze":
      texts.push(...key.accepted);
      break;
    case "term_translation":
      if (!key.correctOptionId) texts.push(...key.accepted);
      break;
    case "matching":
      tokens.push(...Object.entries(key.pairs).map(([l, r]) => `"${l}":"${r}"`));
      break;
    case "ordering":
      tokens.push(JSON.stringify(key.order));
      break;
    case "multiple_choice":
      break;
  }
  return { tokens, texts: texts.filter((t) => t.length >= 3 && !shown.includes(t)) };
}

// What the browser may see before answering. Fields are copied one by one (never spread) so a field
// added to a question later stays on the server until someone decides it is safe.
import type { Choice, GeneratedQuestion, PublicQuestion } from "./types";

const choices = (list: Choice[]): Choice[] => list.map(({ id, text }) => ({ id, text }));

export function toPublicQuestion(question: GeneratedQuestion): PublicQuestion {
  const q = question.public;
  const base = { id: q.id, promptLang: q.promptLang, answerLang: q.answerLang };
  switch (q.type) {
    case "multiple_choice":
      return { ...base, type: q.type, prompt: q.prompt, options: choices(q.options) };
    case "true_false":
      return { ...base, type: q.type, statement: q.statement };
    case "cloze":
      return { ...base, type: q.type, before: q.before, after: q.after, answerKind: q.answerKind };
    case "matching":
      return { ...base, type: q.type, left: choices(q.left), right: choices(q.right) };
    case "ordering":
      return { ...base, type: q.type, items: choices(q.items) };
    case "term_translation":
      return {
        ...base,
        type: q.type,
        promptKind: q.promptKind,
        prompt: q.prompt,
        promptReading: q.promptReading,
        mode: q.mode,
        options: choices(q.options),
      };
  }
}

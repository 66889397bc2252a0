// A glossary term in the prompt language → the term in the answer language, typed or chosen. For a
// same-language direction the prompt is the term's definition, with the term itself masked out.
import type { TermRecord } from "@/app/_schemas/interchange";
import { newQuestionId, type QuestionBuilder } from "./build-result";
import { intersects, isUnusedTerm, pickLang, type QuizContext } from "./quiz-context";
import { revealTerm } from "./reveal";
import type { Choice } from "./types";

const DISTRACTORS = 3;
export const TERM_MASK = "＿＿";

export const buildTermTranslation: QuestionBuilder = (ctx) => {
  if (ctx.candidateTerms.length === 0) return { shortfall: "no_terms" };
  const fresh = ctx.candidateTerms.filter(isUnusedTerm(ctx));
  if (fresh.length === 0) return { shortfall: "exhausted" };
  const term = ctx.rng.pick(fresh);
  const lang = ctx.answerLang;
  const wantChoice = ctx.rng.next() < 0.5;
  const wrong = wantChoice ? termDistractors(ctx, term) : null;
  const rightOption: Choice = { id: ctx.rng.token(), text: pickLang(term.ja, term.en, lang) };
  const wrongOptions = (wrong ?? []).map((t) => ({ id: ctx.rng.token(), text: pickLang(t.ja, t.en, lang) }));
  const options = wrong ? ctx.rng.shuffle([rightOption, ...wrongOptions]) : [];
  const byDefinition = ctx.promptLang === lang;
  return {
    question: {
      public: {
        type: "term_translation",
        id: newQuestionId(ctx),
        promptLang: ctx.promptLang,
        answerLang: lang,
        promptKind: byDefinition ? "definition" : "term",
        prompt: byDefinition
          ? maskTerm(term, pickLang(term.definitionJa, term.definitionEn, lang))
          : pickLang(term.ja, term.en, ctx.promptLang),
        promptReading: !byDefinition && ctx.promptLang === "ja" ? term.readingJa : "",
        mode: wrong ? "choice" : "typed",
        options,
      },
      key: {
        type: "term_translation",
        accepted: [...new Set([rightOption.text, ...pickLang(term.aliasesJa, term.aliasesEn, lang)])],
        correctOptionId: wrong ? rightOption.id : null,
      },
      reveal: [revealTerm(term)],
    },
  };
};

const termForms = (ctx: QuizContext, t: TermRecord) =>
  new Set([t.ja, t.en, t.readingJa, ...t.aliasesJa, ...t.aliasesEn].map(ctx.norm).filter(Boolean));

/** Other glossary terms (any deck: a wrong option need not be in scope), none another name of the answer. */
function termDistractors(ctx: QuizContext, term: TermRecord): TermRecord[] | null {
  const taken = termForms(ctx, term);
  const chosen: TermRecord[] = [];
  for (const other of ctx.rng.draw(ctx.allTerms)) {
    if (chosen.length === DISTRACTORS) break;
    const forms = termForms(ctx, other);
    const text = ctx.norm(pickLang(other.ja, other.en, ctx.answerLang));
    if (other.key === term.key || intersects(forms, taken) || taken.has(text)) continue;
    forms.forEach((f) => taken.add(f));
    chosen.push(other);
  }
  return chosen.length === DISTRACTORS ? chosen : null;
}

/** Hides the term and its aliases (either language) inside its own definition. */
export function maskTerm(term: TermRecord, definition: string): string {
  const names = [term.ja, term.en, ...term.aliasesJa, ...term.aliasesEn]
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length);
  return names.reduce((text, name) => text.replace(new RegExp(escapeRegExp(name), "gi"), TERM_MASK), definition);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

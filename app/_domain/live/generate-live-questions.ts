// A live game's questions, each built once in Japanese and once in English so every player sees the same
// question in their own language: same facts, same option ids in the same order, same right answer.
//
// It reuses the self-study quiz's builders. Both languages get a context of their own (ja-ja and en-en)
// and, for every question, the same freshly seeded random source, so the builders make the same choices.
// Where a language makes a difference (a statement that cannot be blanked in one language, two event
// labels that read alike in one), the two versions come out different; that attempt is dropped and the
// next seed tried. Candidates are first narrowed to the facts that fit the type in both languages.
import type { QuestionBuilder } from "@/app/_domain/quiz/build-result";
import { MAX_QUESTIONS } from "@/app/_domain/quiz/generate-quiz";
import { buildCloze } from "@/app/_domain/quiz/question-cloze";
import { buildMultipleChoice } from "@/app/_domain/quiz/question-multiple-choice";
import { buildOrdering } from "@/app/_domain/quiz/question-ordering";
import { buildTrueFalse } from "@/app/_domain/quiz/question-true-false";
import { createQuizContext, type QuizContext } from "@/app/_domain/quiz/quiz-context";
import { createRandom } from "@/app/_domain/quiz/random";
import type { Choice, GeneratedQuestion, Lang, QuizConfig, QuizPool } from "@/app/_domain/quiz/types";
import { LIVE_QUESTION_TYPES, type LiveQuestionType } from "./live-question-types";

export interface LiveQuestion {
  type: LiveQuestionType;
  /** The same question in each language; keys and ids agree. Server-side only (holds the answer key). */
  versions: Record<Lang, GeneratedQuestion>;
}

export type LiveQuizConfig = Omit<QuizConfig, "direction" | "types"> & { types: LiveQuestionType[] };

const BUILDERS: Record<LiveQuestionType, QuestionBuilder> = {
  multiple_choice: buildMultipleChoice,
  true_false: buildTrueFalse,
  cloze: buildCloze,
  ordering: buildOrdering,
};

const ATTEMPTS_PER_QUESTION = 8;

export function generateLiveQuestions(pool: QuizPool, config: LiveQuizConfig): LiveQuestion[] {
  const base = { ...config, types: [...config.types] };
  const ja = createQuizContext(pool, { ...base, direction: "ja-ja" });
  const en = createQuizContext(pool, { ...base, direction: "en-en" });
  const order = createRandom(`${config.seed}\u0000live-order`);
  let active: LiveQuestionType[] = LIVE_QUESTION_TYPES.filter((t) => config.types.includes(t));
  narrowToBothLanguages(ja, en, active);
  const count = Math.max(1, Math.min(MAX_QUESTIONS, Math.floor(config.count)));
  const questions: LiveQuestion[] = [];
  let draw = 0;
  while (questions.length < count && active.length > 0) {
    for (const type of order.shuffle(active)) {
      if (questions.length >= count) break;
      const built = buildTwin(ja, en, type, () => `${config.seed}\u0000live\u0000${draw++}`);
      if (!built) {
        active = active.filter((t) => t !== type);
        continue;
      }
      questions.push(built);
      for (const item of built.versions.ja.reveal) {
        for (const ctx of [ja, en]) (item.kind === "fact" ? ctx.usedFacts : ctx.usedTerms).add(item.key);
      }
    }
  }
  return questions;
}

/** Builds one question in both languages, or null when this type has nothing left both can ask. */
function buildTwin(ja: QuizContext, en: QuizContext, type: LiveQuestionType, nextSeed: () => string): LiveQuestion | null {
  for (let attempt = 0; attempt < ATTEMPTS_PER_QUESTION; attempt++) {
    const seed = nextSeed();
    ja.rng = createRandom(seed);
    en.rng = createRandom(seed);
    const a = BUILDERS[type](ja);
    const b = BUILDERS[type](en);
    if (!("question" in a) || !("question" in b)) return null;
    if (areTwins(a.question, b.question)) return { type, versions: { ja: a.question, en: b.question } };
  }
  return null;
}

/**
 * Runs each single-fact builder once per language so the contexts compute which facts fit the type, then
 * keeps in both only the facts that fit in both languages.
 */
function narrowToBothLanguages(ja: QuizContext, en: QuizContext, types: LiveQuestionType[]) {
  for (const type of types) {
    ja.rng = createRandom("warm-up");
    en.rng = createRandom("warm-up");
    BUILDERS[type](ja);
    BUILDERS[type](en);
    const inJa = ja.eligibleFacts.get(type);
    const inEn = en.eligibleFacts.get(type);
    if (!inJa || !inEn) continue; // not a single-fact type (ordering checks its events itself)
    const enKeys = new Set(inEn.map((f) => f.key));
    const both = inJa.filter((f) => enKeys.has(f.key));
    ja.eligibleFacts.set(type, both);
    en.eligibleFacts.set(type, both);
  }
}

const choiceIds = (q: GeneratedQuestion): string[] => {
  const p = q.public;
  const list: Choice[] = p.type === "ordering" ? p.items : "options" in p ? p.options : [];
  return list.map((c) => c.id);
};

function areTwins(a: GeneratedQuestion, b: GeneratedQuestion): boolean {
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  if (a.public.type !== b.public.type || a.public.id !== b.public.id) return false;
  if (!same(a.reveal.map((r) => r.key), b.reveal.map((r) => r.key))) return false;
  if (!same(choiceIds(a), choiceIds(b))) return false;
  const ka = a.key;
  const kb = b.key;
  if (ka.type === "multiple_choice" && kb.type === "multiple_choice") return ka.correctOptionId === kb.correctOptionId;
  if (ka.type === "true_false" && kb.type === "true_false") return ka.isTrue === kb.isTrue;
  if (ka.type === "ordering" && kb.type === "ordering") return same(ka.order, kb.order);
  return ka.type === kb.type;
}

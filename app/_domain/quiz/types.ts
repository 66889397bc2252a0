import type { EntityRecord, FactRecord, TermRecord } from "@/app/_schemas/interchange";

export const QUESTION_TYPES = [
  "multiple_choice",
  "true_false",
  "cloze",
  "matching",
  "ordering",
  "term_translation",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** "<prompt language>-<answer language>". */
export const DIRECTIONS = ["ja-en", "en-ja", "ja-ja", "en-en"] as const;
export type Direction = (typeof DIRECTIONS)[number];
export type Lang = "ja" | "en";

/** The most questions one quiz has: the set-up form, the request schemas and the generator all use it. */
export const MAX_QUESTIONS = 50;

export interface QuizConfig {
  deckKeys: string[] | "all";
  /** Any-of; empty means no tag filter. */
  tags: string[];
  /** 1 to MAX_QUESTIONS. */
  count: number;
  types: QuestionType[];
  direction: Direction;
  seed: string;
}

/**
 * Candidate facts/terms plus the entities needed to name answers and distractors. May be a sample of a
 * huge base: nothing here assumes it is the whole base.
 */
export interface QuizPool {
  facts: FactRecord[];
  entities: EntityRecord[];
  terms: TermRecord[];
}

export interface Choice {
  /** Opaque random id: says nothing about whether it is right. */
  id: string;
  text: string;
}

interface PublicBase {
  id: string;
  promptLang: Lang;
  answerLang: Lang;
}

export type PublicQuestion =
  | (PublicBase & { type: "multiple_choice"; prompt: string; options: Choice[] })
  | (PublicBase & { type: "true_false"; statement: string })
  /** The statement with the answer blanked: render `before`, an input, then `after`. */
  | (PublicBase & { type: "cloze"; before: string; after: string; answerKind: ClozeAnswerKind })
  | (PublicBase & { type: "matching"; left: Choice[]; right: Choice[] })
  | (PublicBase & { type: "ordering"; items: Choice[] })
  | (PublicBase & {
      type: "term_translation";
      /** "term": translate the term; "definition": name the term this (masked) definition describes. */
      promptKind: "term" | "definition";
      prompt: string;
      /** Furigana for a Japanese term prompt. */
      promptReading: string;
      mode: "typed" | "choice";
      options: Choice[];
    });

export type ClozeAnswerKind = "year" | "number" | "date" | "text";

export type QuestionKey =
  | { type: "multiple_choice"; correctOptionId: string }
  | { type: "true_false"; isTrue: boolean; correctStatement: string }
  | { type: "cloze"; accepted: string[]; numeric: boolean }
  /** leftId → rightId. */
  | { type: "matching"; pairs: Record<string, string> }
  /** Item ids in chronological order, and each item's ISO date for display. */
  | { type: "ordering"; order: string[]; dates: Record<string, string> }
  | { type: "term_translation"; accepted: string[]; correctOptionId: string | null };

/** Everything the results page shows after answering, one item per fact/term the question used. */
export interface RevealItem {
  kind: "fact" | "term";
  key: string;
  answerJa: string;
  answerEn: string;
  /** The correct statement (for a term: its definition). */
  statementJa: string;
  statementEn: string;
  explanationJa: string;
  explanationEn: string;
  passage: string;
  locatorJa: string;
  locatorEn: string;
}

/** Keep `key` and `reveal` on the server until the learner has answered. JSON-serialisable. */
export interface GeneratedQuestion {
  public: PublicQuestion;
  key: QuestionKey;
  reveal: RevealItem[];
}

export type ShortfallReason =
  | "no_eligible_items" // nothing in the pool fits this type at all
  | "too_few_distractors" // fits, but not 3 plausible wrong answers of the same type
  | "no_series_with_4" // matching: no series with 4 unused members
  | "too_few_dated_events" // ordering: fewer than 3 unused facts with distinct dates
  | "no_terms" // term translation: no glossary terms
  | "exhausted"; // every fitting item is already used in this quiz

export interface Shortfall {
  type: QuestionType;
  reason: ShortfallReason;
}

export interface GeneratedQuiz {
  questions: GeneratedQuestion[];
  shortfalls: Shortfall[];
}

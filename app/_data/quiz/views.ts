// What the quiz pages and actions hand to the browser. Before a question is answered only its
// PublicQuestion goes out; the rest (expected answer, explanation, passage) only once it is answered.
import type { Citation } from "../facts/types";
import type { Expected, Verdict } from "../../_domain/quiz/grade-answer";
import type { Direction, PublicQuestion, QuestionType, RevealItem, Shortfall } from "../../_domain/quiz/types";
import type { QuizResponse } from "../../_domain/quiz/responses";

/** A fact or term the question rests on, with where the source says it. */
export interface RevealView extends RevealItem {
  citation: Citation | null;
}

export interface AnswerView {
  position: number;
  verdict: Verdict;
  score: number;
  response: QuizResponse;
  expected: Expected;
  /** The accepted form a typed answer matched. */
  matched: string | null;
  partsRight: Record<string, boolean> | null;
  reveal: RevealView[];
}

export interface QuestionPageView {
  attemptId: string;
  /** 0-based. */
  position: number;
  total: number;
  answeredCount: number;
  direction: Direction;
  question: PublicQuestion;
  answer: AnswerView | null;
  shortfalls: Shortfall[];
  /** The first other question still unanswered (looking forward, wrapping round), or null when there is none. */
  nextUnanswered: number | null;
}

export interface ResultsView {
  attemptId: string;
  total: number;
  answeredCount: number;
  /** Sum of the stored answers' scores. */
  score: number;
  finished: boolean;
  direction: Direction;
  types: QuestionType[];
  missedCount: number;
  retryOf: string | null;
  items: { position: number; question: PublicQuestion; answer: AnswerView | null }[];
}

export type AnswerError = "notFound" | "invalidResponse" | "emptyAnswer" | "alreadyAnswered";

export type AnswerOutcome =
  | { ok: true; answer: AnswerView; replayed: boolean }
  /** For alreadyAnswered, the answer stored first. */
  | { ok: false; error: AnswerError; answer?: AnswerView };

import type { TagLabel } from "../tags/tag-keys";
// What the fact pages show: decks, facts and glossary terms, each with the citation it rests on.
import type { AnswerType } from "../../_schemas/interchange";

export const FACTS_PAGE_SIZE = 20;

export type DeckNode = {
  key: string;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  depth: number;
  factCount: number;
  termCount: number;
};

export type Citation = {
  passage: string;
  locatorJa: string;
  locatorEn: string;
  sourceTitleJa: string;
  sourceTitleEn: string;
  sourceSeriesJa: string;
  sourceSeriesEn: string;
  sourceNumber: string;
  sourcePublishedOn: string;
  sourceAuthorJa: string;
  sourceAuthorEn: string;
  sourceUrl: string | null;
};

export type FactView = {
  key: string;
  deckKey: string;
  deckNameJa: string;
  deckNameEn: string;
  answerType: AnswerType;
  questionJa: string;
  questionEn: string;
  statementJa: string;
  statementEn: string;
  answerJa: string;
  answerEn: string;
  explanationJa: string;
  explanationEn: string;
  tags: string[];
  /** The same tags with their labels, for display. */
  tagLabels: TagLabel[];
  citation: Citation;
};

export type TermView = {
  key: string;
  ja: string;
  readingJa: string;
  en: string;
  aliasesJa: string[];
  aliasesEn: string[];
  definitionJa: string;
  definitionEn: string;
  tags: string[];
  citation: Citation;
};

export type FactQuery = { q?: string; deck?: string; type?: string; tag?: string; page?: number };

export type FactPage = { items: FactView[]; total: number; page: number; pageCount: number };

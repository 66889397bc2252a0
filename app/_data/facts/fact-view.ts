// Reshapes a stored fact (with its deck and source) into what the fact pages show.
import { parseStringArray } from "../db-helpers/json-columns";
import { tagKeysOf, tagLabelsOf, tagLabelsSelect, type TagLabel } from "../tags/tag-keys";
import type { AnswerType } from "../../_schemas/interchange";
import { citationSelect, toCitation, type CitationRow } from "./citation";
import type { FactView } from "./types";

export const factSelect = {
  key: true,
  answerType: true,
  questionJa: true,
  questionEn: true,
  statementJa: true,
  statementEn: true,
  answerTextJa: true,
  answerTextEn: true,
  explanationJa: true,
  explanationEn: true,
  tags: tagLabelsSelect,
  deck: { select: { key: true, nameJa: true, nameEn: true } },
  ...citationSelect,
} as const;

type FactRow = CitationRow & {
  key: string;
  answerType: string;
  questionJa: string;
  questionEn: string;
  statementJa: string;
  statementEn: string;
  answerTextJa: string;
  answerTextEn: string;
  explanationJa: string;
  explanationEn: string;
  tags: readonly { position: number; tag: TagLabel }[];
  deck: { key: string; nameJa: string; nameEn: string };
};

export function toFactView(row: FactRow): FactView {
  return {
    key: row.key,
    deckKey: row.deck.key,
    deckNameJa: row.deck.nameJa,
    deckNameEn: row.deck.nameEn,
    answerType: row.answerType as AnswerType,
    questionJa: row.questionJa,
    questionEn: row.questionEn,
    statementJa: row.statementJa,
    statementEn: row.statementEn,
    answerJa: row.answerTextJa,
    answerEn: row.answerTextEn,
    explanationJa: row.explanationJa,
    explanationEn: row.explanationEn,
    tags: tagKeysOf(row.tags),
    tagLabels: tagLabelsOf(row.tags),
    citation: toCitation(row, row.source),
  };
}

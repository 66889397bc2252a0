// Stored entities, facts and terms reshaped into interchange records: for the export, and for the quiz,
// whose question generators work on records.
import type { Db } from "../prisma-client";
import type { EntityRecord, FactRecord, TermRecord } from "../../_schemas/interchange";
import { parseStringArray } from "../db-helpers/json-columns";
import { tagKeysOf, type TagLink } from "../tags/tag-keys";

export const ENTITY_RECORD_COLUMNS = ["key", "type", "nameJa", "nameEn", "readingJa", "aliasesJa", "aliasesEn", "descriptionJa", "descriptionEn"] as const;

type EntityRow = Pick<Awaited<ReturnType<Db["entity"]["findMany"]>>[number], (typeof ENTITY_RECORD_COLUMNS)[number]>;

/** Reshapes a stored entity into its interchange record. */
export function toEntityRecord(e: EntityRow): EntityRecord {
  return {
    key: e.key,
    type: e.type as EntityRecord["type"],
    nameJa: e.nameJa,
    nameEn: e.nameEn,
    readingJa: e.readingJa,
    aliasesJa: parseStringArray(e.aliasesJa),
    aliasesEn: parseStringArray(e.aliasesEn),
    descriptionJa: e.descriptionJa,
    descriptionEn: e.descriptionEn,
  };
}

export const TERM_RECORD_COLUMNS = [
  "key", "ja", "readingJa", "en", "aliasesJa", "aliasesEn", "definitionJa", "definitionEn", "passage", "locatorJa", "locatorEn",
] as const;

type TermRow = Pick<Awaited<ReturnType<Db["term"]["findMany"]>>[number], (typeof TERM_RECORD_COLUMNS)[number]> & {
  source: { key: string };
  deck: { key: string };
  tags: readonly TagLink[];
};

/** Reshapes a stored glossary term (with its source and deck) into its interchange record. */
export function toTermRecord(t: TermRow): TermRecord {
  return {
    key: t.key,
    sourceKey: t.source.key,
    deckKey: t.deck.key,
    ja: t.ja,
    readingJa: t.readingJa,
    en: t.en,
    aliasesJa: parseStringArray(t.aliasesJa),
    aliasesEn: parseStringArray(t.aliasesEn),
    definitionJa: t.definitionJa,
    definitionEn: t.definitionEn,
    passage: t.passage,
    locatorJa: t.locatorJa,
    locatorEn: t.locatorEn,
    tags: tagKeysOf(t.tags),
  };
}

/** The columns the reshape reads (a query may select just these). */
export const FACT_RECORD_COLUMNS = [
  "key", "answerType", "answerValue", "questionJa", "questionEn", "statementJa", "statementEn", "answerTextJa",
  "answerTextEn", "acceptedJa", "acceptedEn", "explanationJa", "explanationEn", "passage", "locatorJa", "locatorEn",
  "paragraph", "difficulty", "seriesKey", "seriesOrder", "seriesLabelJa", "seriesLabelEn", "eventDate",
  "eventLabelJa", "eventLabelEn",
] as const;

type FactRow = Pick<Awaited<ReturnType<Db["fact"]["findMany"]>>[number], (typeof FACT_RECORD_COLUMNS)[number]> & {
  source: { key: string };
  deck: { key: string };
  entities: { role: string; position: number; entity: { key: string } }[];
  tags: readonly TagLink[];
};

/** Reshapes a stored fact (with its source, deck and entity links) into its interchange record. */
export function toFactRecord(f: FactRow): FactRecord {
  const linked = (role: string) =>
    f.entities
      .filter((link) => link.role === role)
      .sort((a, b) => a.position - b.position)
      .map((link) => link.entity.key);
  return {
    key: f.key,
    sourceKey: f.source.key,
    deckKey: f.deck.key,
    answerType: f.answerType as FactRecord["answerType"],
    answerEntityKeys: linked("answer"),
    answerValue: f.answerValue,
    subjectEntityKeys: linked("subject"),
    questionJa: f.questionJa,
    questionEn: f.questionEn,
    statementJa: f.statementJa,
    statementEn: f.statementEn,
    answerTextJa: f.answerTextJa,
    answerTextEn: f.answerTextEn,
    acceptedJa: parseStringArray(f.acceptedJa),
    acceptedEn: parseStringArray(f.acceptedEn),
    explanationJa: f.explanationJa,
    explanationEn: f.explanationEn,
    passage: f.passage,
    locatorJa: f.locatorJa,
    locatorEn: f.locatorEn,
    paragraph: f.paragraph,
    tags: tagKeysOf(f.tags),
    difficulty: f.difficulty,
    series:
      f.seriesKey && f.seriesOrder !== null
        ? { key: f.seriesKey, order: f.seriesOrder, labelJa: f.seriesLabelJa ?? "", labelEn: f.seriesLabelEn ?? "" }
        : null,
    event: f.eventDate ? { date: f.eventDate, labelJa: f.eventLabelJa ?? "", labelEn: f.eventLabelEn ?? "" } : null,
  };
}

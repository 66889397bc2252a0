// An interchange record as the columns it is stored in (arrays as JSON text, a folded search text).
// Tags are rows of their own, written by linkTags (app/_data/tags/link-tags.ts).
import type { EntityType, FactRecord, TermRecord } from "../../_schemas/interchange";
import { buildSearchText } from "../../_domain/search/fold-for-search";

export function factColumns(f: FactRecord, position: number, sourceId: string, deckId: string) {
  return {
    sourceId,
    deckId,
    answerType: f.answerType,
    entityType: null as EntityType | null,
    answerValue: f.answerValue,
    questionJa: f.questionJa,
    questionEn: f.questionEn,
    statementJa: f.statementJa,
    statementEn: f.statementEn,
    answerTextJa: f.answerTextJa,
    answerTextEn: f.answerTextEn,
    acceptedJa: JSON.stringify(f.acceptedJa),
    acceptedEn: JSON.stringify(f.acceptedEn),
    explanationJa: f.explanationJa,
    explanationEn: f.explanationEn,
    passage: f.passage,
    locatorJa: f.locatorJa,
    locatorEn: f.locatorEn,
    paragraph: f.paragraph,
    difficulty: f.difficulty,
    seriesKey: f.series?.key ?? null,
    seriesOrder: f.series?.order ?? null,
    seriesLabelJa: f.series?.labelJa ?? null,
    seriesLabelEn: f.series?.labelEn ?? null,
    eventDate: f.event?.date ?? null,
    eventLabelJa: f.event?.labelJa ?? null,
    eventLabelEn: f.event?.labelEn ?? null,
    position,
    searchText: buildSearchText([
      f.questionJa,
      f.questionEn,
      f.statementJa,
      f.statementEn,
      f.acceptedJa,
      f.acceptedEn,
      f.explanationJa,
      f.explanationEn,
      f.passage,
      f.tags,
    ]),
  };
}

export function termColumns(t: TermRecord, position: number, sourceId: string, deckId: string) {
  return {
    sourceId,
    deckId,
    ja: t.ja,
    readingJa: t.readingJa,
    en: t.en,
    aliasesJa: JSON.stringify(t.aliasesJa),
    aliasesEn: JSON.stringify(t.aliasesEn),
    definitionJa: t.definitionJa,
    definitionEn: t.definitionEn,
    passage: t.passage,
    locatorJa: t.locatorJa,
    locatorEn: t.locatorEn,
    position,
    searchText: buildSearchText([t.ja, t.readingJa, t.en, t.aliasesJa, t.aliasesEn, t.definitionJa, t.definitionEn]),
  };
}

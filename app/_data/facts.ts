import "server-only";
import { db } from "./db";
import { parseStringArray } from "./json-columns";
import { foldForSearch } from "../_domain/search/fold-for-search";
import { ANSWER_TYPES, type AnswerType } from "../_schemas/interchange";
import { deckSubtree } from "../_domain/decks/deck-subtree";

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

/** Decks in tree order (parents before children) with the number of facts and terms in each subtree. */
export async function listDeckTree(): Promise<DeckNode[]> {
  const decks = await db.deck.findMany({
    orderBy: [{ position: "asc" }, { key: "asc" }],
    include: { _count: { select: { facts: true, terms: true } } },
  });
  const children = new Map<string | null, typeof decks>();
  for (const deck of decks) {
    const siblings = children.get(deck.parentId) ?? [];
    siblings.push(deck);
    children.set(deck.parentId, siblings);
  }
  const out: DeckNode[] = [];
  const visit = (parentId: string | null, depth: number): { facts: number; terms: number } => {
    let facts = 0;
    let terms = 0;
    for (const deck of children.get(parentId) ?? []) {
      const node: DeckNode = {
        key: deck.key,
        nameJa: deck.nameJa,
        nameEn: deck.nameEn,
        descriptionJa: deck.descriptionJa,
        descriptionEn: deck.descriptionEn,
        depth,
        factCount: deck._count.facts,
        termCount: deck._count.terms,
      };
      out.push(node);
      const below = visit(deck.id, depth + 1);
      node.factCount += below.facts;
      node.termCount += below.terms;
      facts += node.factCount;
      terms += node.termCount;
    }
    return { facts, terms };
  };
  visit(null, 0);
  return out;
}

/** The ids of a deck and all decks below it. */
export async function deckSubtreeIds(deckKey: string): Promise<string[] | null> {
  const decks = await db.deck.findMany({ select: { id: true, key: true, parentId: true } });
  const root = decks.find((d) => d.key === deckKey);
  if (!root) return null;
  return [...deckSubtree(decks, [root.id])];
}

const citationSelect = {
  passage: true,
  locatorJa: true,
  locatorEn: true,
  source: {
    select: {
      titleJa: true,
      titleEn: true,
      seriesJa: true,
      seriesEn: true,
      number: true,
      publishedOn: true,
      authorJa: true,
      authorEn: true,
      url: true,
    },
  },
} as const;

type CitationRow = {
  passage: string;
  locatorJa: string;
  locatorEn: string;
  source: {
    titleJa: string;
    titleEn: string;
    seriesJa: string;
    seriesEn: string;
    number: string;
    publishedOn: string;
    authorJa: string;
    authorEn: string;
    url: string | null;
  };
};

function toCitation(row: CitationRow): Citation {
  return {
    passage: row.passage,
    locatorJa: row.locatorJa,
    locatorEn: row.locatorEn,
    sourceTitleJa: row.source.titleJa,
    sourceTitleEn: row.source.titleEn,
    sourceSeriesJa: row.source.seriesJa,
    sourceSeriesEn: row.source.seriesEn,
    sourceNumber: row.source.number,
    sourcePublishedOn: row.source.publishedOn,
    sourceAuthorJa: row.source.authorJa,
    sourceAuthorEn: row.source.authorEn,
    sourceUrl: row.source.url,
  };
}

const factSelect = {
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
  tags: true,
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
  tags: string;
  deck: { key: string; nameJa: string; nameEn: string };
};

function toFactView(row: FactRow): FactView {
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
    tags: parseStringArray(row.tags),
    citation: toCitation(row),
  };
}

export type FactQuery = { q?: string; deck?: string; type?: string; tag?: string; page?: number };

/** Each word of the query (in Japanese or English) must occur in the fact, after width/kana/case folding. */
function searchTerms(q: string | undefined) {
  return (q ?? "")
    .split(/[\s\u3000]+/u)
    .map(foldForSearch)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => ({ searchText: { contains: word } }));
}

export async function searchFacts(query: FactQuery): Promise<{ items: FactView[]; total: number; page: number; pageCount: number }> {
  const deckIds = query.deck ? await deckSubtreeIds(query.deck) : undefined;
  if (deckIds === null) return { items: [], total: 0, page: 1, pageCount: 0 };
  const where = {
    AND: [
      ...searchTerms(query.q),
      ...(deckIds ? [{ deckId: { in: deckIds } }] : []),
      ...(query.type && (ANSWER_TYPES as readonly string[]).includes(query.type) ? [{ answerType: query.type }] : []),
      ...(query.tag ? [{ tags: { contains: JSON.stringify(query.tag) } }] : []),
    ],
  };
  const total = await db.fact.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / FACTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, query.page ?? 1), pageCount);
  const rows = await db.fact.findMany({
    where,
    select: factSelect,
    orderBy: [{ paragraph: "asc" }, { position: "asc" }],
    skip: (page - 1) * FACTS_PAGE_SIZE,
    take: FACTS_PAGE_SIZE,
  });
  return { items: rows.map(toFactView), total, page, pageCount };
}

export async function getFact(key: string): Promise<FactView | null> {
  const row = await db.fact.findUnique({ where: { key }, select: factSelect });
  return row ? toFactView(row) : null;
}

export async function listTags(): Promise<string[]> {
  const rows = await db.fact.findMany({ select: { tags: true }, distinct: ["tags"] });
  return [...new Set(rows.flatMap((r) => parseStringArray(r.tags)))].sort();
}

export async function listTerms(query: { q?: string; deck?: string }): Promise<TermView[]> {
  const deckIds = query.deck ? await deckSubtreeIds(query.deck) : undefined;
  if (deckIds === null) return [];
  const rows = await db.term.findMany({
    where: { AND: [...searchTerms(query.q), ...(deckIds ? [{ deckId: { in: deckIds } }] : [])] },
    select: {
      key: true,
      ja: true,
      readingJa: true,
      en: true,
      aliasesJa: true,
      aliasesEn: true,
      definitionJa: true,
      definitionEn: true,
      tags: true,
      ...citationSelect,
    },
    orderBy: [{ readingJa: "asc" }, { ja: "asc" }],
  });
  return rows.map((row) => ({
    key: row.key,
    ja: row.ja,
    readingJa: row.readingJa,
    en: row.en,
    aliasesJa: parseStringArray(row.aliasesJa),
    aliasesEn: parseStringArray(row.aliasesEn),
    definitionJa: row.definitionJa,
    definitionEn: row.definitionEn,
    tags: parseStringArray(row.tags),
    citation: toCitation(row),
  }));
}

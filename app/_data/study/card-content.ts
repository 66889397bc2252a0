// What a card shows: the front and back for its direction, built from its fact or term, with the source
// passage and citation. Only the fields the review screen renders leave the server.
import type { Db } from "../prisma-client";
import { Prisma } from "../../../prisma/generated/sqlite/client";
import type { Citation } from "../facts/types";
import type { CardDirection } from "../../_schemas/study";

export type ContentLang = "ja" | "en";

export type CardSide = {
  text: string;
  lang: ContentLang;
  /** Furigana for a Japanese term with a stored reading. */
  reading?: string;
};

export type CardContent = {
  kind: "fact" | "term";
  /** The fact's or term's key, for links to its page. */
  key: string;
  front: CardSide;
  answer: CardSide;
  /** The full statement (facts) or the definition (terms), in the answer's language. */
  detail: CardSide | null;
  deckNameJa: string;
  deckNameEn: string;
  citation: Citation;
};

export type ContentRef = { factId: string | null; termId: string | null; direction: string };

type SourceColumns = {
  titleJa: string;
  titleEn: string;
  seriesJa: string;
  seriesEn: string;
  number: string;
  publishedOn: string;
  authorJa: string;
  authorEn: string;
  url: string | null;
  passage: string;
  locatorJa: string;
  locatorEn: string;
  deckNameJa: string;
  deckNameEn: string;
};

function citationOf(row: SourceColumns): Citation {
  return {
    passage: row.passage,
    locatorJa: row.locatorJa,
    locatorEn: row.locatorEn,
    sourceTitleJa: row.titleJa,
    sourceTitleEn: row.titleEn,
    sourceSeriesJa: row.seriesJa,
    sourceSeriesEn: row.seriesEn,
    sourceNumber: row.number,
    sourcePublishedOn: row.publishedOn,
    sourceAuthorJa: row.authorJa,
    sourceAuthorEn: row.authorEn,
    sourceUrl: row.url,
  };
}

// One query per card (content, source and deck joined): this runs before every card is shown.
const sourceColumns = Prisma.sql`s."titleJa", s."titleEn", s."seriesJa", s."seriesEn", s."number", s."publishedOn", s."authorJa", s."authorEn", s."url",
  d."nameJa" AS "deckNameJa", d."nameEn" AS "deckNameEn"`;

type FactRow = SourceColumns & {
  key: string;
  questionJa: string;
  questionEn: string;
  statementJa: string;
  statementEn: string;
  answerTextJa: string;
  answerTextEn: string;
};

type TermRow = SourceColumns & { key: string; ja: string; readingJa: string; en: string; definitionJa: string; definitionEn: string };

function languages(direction: string): [ContentLang, ContentLang] {
  const [from, to] = direction.split("-");
  return [from === "en" ? "en" : "ja", to === "en" ? "en" : "ja"];
}

const side = (lang: ContentLang, ja: string, en: string, reading?: string): CardSide =>
  lang === "ja" ? { text: ja, lang, ...(reading && reading !== ja ? { reading } : {}) } : { text: en, lang };

/** Null when the fact or term was deleted since the card was made. */
export async function loadCardContent(db: Db, ref: ContentRef): Promise<CardContent | null> {
  const [from, to] = languages(ref.direction as CardDirection);
  if (ref.factId) {
    const [f] = await db.$queryRaw<FactRow[]>`
      SELECT f."key", f."questionJa", f."questionEn", f."statementJa", f."statementEn", f."answerTextJa", f."answerTextEn",
             f."passage", f."locatorJa", f."locatorEn", ${sourceColumns}
      FROM "Fact" f JOIN "Source" s ON s."id" = f."sourceId" JOIN "Deck" d ON d."id" = f."deckId"
      WHERE f."id" = ${ref.factId}`;
    if (!f) return null;
    return {
      kind: "fact",
      key: f.key,
      front: side(from, f.questionJa, f.questionEn),
      answer: side(to, f.answerTextJa, f.answerTextEn),
      detail: side(to, f.statementJa, f.statementEn),
      deckNameJa: f.deckNameJa,
      deckNameEn: f.deckNameEn,
      citation: citationOf(f),
    };
  }
  if (ref.termId) {
    const [t] = await db.$queryRaw<TermRow[]>`
      SELECT t."key", t."ja", t."readingJa", t."en", t."definitionJa", t."definitionEn", t."passage", t."locatorJa", t."locatorEn", ${sourceColumns}
      FROM "Term" t JOIN "Source" s ON s."id" = t."sourceId" JOIN "Deck" d ON d."id" = t."deckId"
      WHERE t."id" = ${ref.termId}`;
    if (!t) return null;
    return {
      kind: "term",
      key: t.key,
      front: side(from, t.ja, t.en, t.readingJa),
      answer: side(to, t.ja, t.en, t.readingJa),
      detail: side(to, t.definitionJa, t.definitionEn),
      deckNameJa: t.deckNameJa,
      deckNameEn: t.deckNameEn,
      citation: citationOf(t),
    };
  }
  return null;
}

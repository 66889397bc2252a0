// What a card shows: the front and back for its direction, built from its fact or term, with the source
// passage and citation. Only the fields the review screen renders leave the server.
import type { Db } from "../prisma-client";
import type { Fact, Term } from "../../../prisma/generated/sqlite/client";
import { columns, sql } from "../sql";
import type { Citation } from "../facts/types";
import { citedSourceSelect, toCitation, type CitedPassage, type CitedSource } from "../facts/citation";
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

/** A flat row: the note's key, its passage columns and its source's columns side by side, and its deck's names. */
type NoteRow = CitedPassage & CitedSource & { key: string; deckNameJa: string; deckNameEn: string };
type FactRow = NoteRow & Pick<Fact, "questionJa" | "questionEn" | "statementJa" | "statementEn" | "answerTextJa" | "answerTextEn">;
type TermRow = NoteRow & Pick<Term, "ja" | "readingJa" | "en" | "definitionJa" | "definitionEn">;

// One query per card (content, source and deck joined): this runs before every card is shown. The source
// columns are the citation's own list; `x` is the fact or the term.
const noteColumns = sql`x."key", x."passage", x."locatorJa", x."locatorEn", ${columns("s", Object.keys(citedSourceSelect))},
  d."nameJa" AS "deckNameJa", d."nameEn" AS "deckNameEn"`;
const joins = sql`JOIN "Source" s ON s."id" = x."sourceId" JOIN "Deck" d ON d."id" = x."deckId"`;

function languages(direction: string): [ContentLang, ContentLang] {
  const [from, to] = direction.split("-");
  return [from === "en" ? "en" : "ja", to === "en" ? "en" : "ja"];
}

const side = (lang: ContentLang, ja: string, en: string, reading?: string): CardSide =>
  lang === "ja" ? { text: ja, lang, ...(reading && reading !== ja ? { reading } : {}) } : { text: en, lang };

function cardOf(kind: CardContent["kind"], row: NoteRow, sides: Pick<CardContent, "front" | "answer" | "detail">): CardContent {
  return { kind, key: row.key, ...sides, deckNameJa: row.deckNameJa, deckNameEn: row.deckNameEn, citation: toCitation(row, row) };
}

/** Null when the fact or term was deleted since the card was made. */
export async function loadCardContent(db: Db, ref: ContentRef): Promise<CardContent | null> {
  const [from, to] = languages(ref.direction as CardDirection);
  if (ref.factId) {
    const [f] = await db.$queryRaw<FactRow[]>`
      SELECT ${noteColumns}, x."questionJa", x."questionEn", x."statementJa", x."statementEn", x."answerTextJa", x."answerTextEn"
      FROM "Fact" x ${joins} WHERE x."id" = ${ref.factId}`;
    return f
      ? cardOf("fact", f, {
          front: side(from, f.questionJa, f.questionEn),
          answer: side(to, f.answerTextJa, f.answerTextEn),
          detail: side(to, f.statementJa, f.statementEn),
        })
      : null;
  }
  if (ref.termId) {
    const [t] = await db.$queryRaw<TermRow[]>`
      SELECT ${noteColumns}, x."ja", x."readingJa", x."en", x."definitionJa", x."definitionEn"
      FROM "Term" x ${joins} WHERE x."id" = ${ref.termId}`;
    return t
      ? cardOf("term", t, {
          front: side(from, t.ja, t.en, t.readingJa),
          answer: side(to, t.ja, t.en, t.readingJa),
          detail: side(to, t.definitionJa, t.definitionEn),
        })
      : null;
  }
  return null;
}

// What the editing screens read: every fact (drafts included) with its missing languages, the sources
// with their paragraphs, and the choices a fact form offers.
import type { Db } from "../prisma-client";
import { missingLanguages } from "../../_schemas/edit";
import { parseStringArray } from "../db-helpers/json-columns";
import { matchWords } from "../facts/match-words";

export type EditFilter = "all" | "drafts" | "needsTranslation";

export type EditableFact = {
  key: string;
  questionJa: string;
  questionEn: string;
  published: boolean;
  missing: ("ja" | "en")[];
};

const EDIT_LIST_LIMIT = 200;

/** Facts for the editing list, drafts included; `needsTranslation` keeps those missing a language. */
export async function listEditableFacts(db: Db, query: { q?: string; filter: EditFilter }): Promise<EditableFact[]> {
  const languageFields = {
    questionJa: true, questionEn: true, statementJa: true, statementEn: true,
    answerTextJa: true, answerTextEn: true, locatorJa: true, locatorEn: true,
  } as const;
  const empty = Object.keys(languageFields).map((field) => ({ [field]: "" }));
  const where = {
    AND: [
      ...matchWords(query.q),
      ...(query.filter === "drafts" ? [{ published: false }] : []),
      ...(query.filter === "needsTranslation" ? [{ OR: empty }] : []),
    ],
  };
  const rows = await db.fact.findMany({
    where,
    select: { key: true, published: true, ...languageFields },
    orderBy: [{ updatedAt: "desc" }, { key: "asc" }],
    take: EDIT_LIST_LIMIT,
  });
  return rows.map((row) => ({
    key: row.key,
    questionJa: row.questionJa,
    questionEn: row.questionEn,
    published: row.published,
    missing: missingLanguages(row),
  }));
}

export type SourceOption = { key: string; titleJa: string; titleEn: string; paragraphs: string[] };

export async function listSources(db: Db): Promise<SourceOption[]> {
  const rows = await db.source.findMany({
    select: { key: true, titleJa: true, titleEn: true, paragraphs: true },
    orderBy: [{ publishedOn: "desc" }, { key: "asc" }],
  });
  return rows.map((r) => ({ ...r, paragraphs: parseStringArray(r.paragraphs) }));
}

export type DeckOption = { key: string; nameJa: string; nameEn: string };

export async function listDecks(db: Db): Promise<DeckOption[]> {
  return db.deck.findMany({ select: { key: true, nameJa: true, nameEn: true }, orderBy: [{ position: "asc" }, { key: "asc" }] });
}

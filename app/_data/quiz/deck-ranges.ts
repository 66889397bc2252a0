// Every deck with the position range of its facts and terms: what the pool sampler needs to pick windows
// without counting rows. One query; each MIN/MAX is an index seek on (deckId, position).
import type { Db } from "../prisma-client";

export interface DeckRange {
  id: string;
  key: string;
  parentId: string | null;
  /** Null when the deck has no facts (terms). */
  factLo: number | null;
  factHi: number | null;
  termLo: number | null;
  termHi: number | null;
}

export async function listDeckRanges(db: Db): Promise<DeckRange[]> {
  const rows = await db.$queryRaw<Record<keyof DeckRange, unknown>[]>`
    SELECT d."id", d."key", d."parentId",
      (SELECT MIN(f."position") FROM "Fact" f WHERE f."deckId" = d."id") AS "factLo",
      (SELECT MAX(f."position") FROM "Fact" f WHERE f."deckId" = d."id") AS "factHi",
      (SELECT MIN(t."position") FROM "Term" t WHERE t."deckId" = d."id") AS "termLo",
      (SELECT MAX(t."position") FROM "Term" t WHERE t."deckId" = d."id") AS "termHi"
    FROM "Deck" d
    ORDER BY d."key"`;
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return rows.map((r) => ({
    id: String(r.id),
    key: String(r.key),
    parentId: r.parentId === null ? null : String(r.parentId),
    factLo: num(r.factLo),
    factHi: num(r.factHi),
    termLo: num(r.termLo),
    termHi: num(r.termHi),
  }));
}

/** Positions a deck's facts (or terms) span: a cheap stand-in for their number. */
export const spanOf = (lo: number | null, hi: number | null) => (lo === null || hi === null ? 0 : hi - lo + 1);

// A citation: the passage a fact or term rests on, where it stands, and its source. Rows arrive nested
// (Prisma: the passage columns with `source`) or flat (raw SQL, or a source looked up by key); either way
// they are handed over as the passage part and the source part, and mapped here once.
import type { Citation } from "./types";
import type { Source } from "../../../prisma/generated/sqlite/client";

export type CitedPassage = { passage: string; locatorJa: string; locatorEn: string };

export const citedSourceSelect = {
  titleJa: true,
  titleEn: true,
  seriesJa: true,
  seriesEn: true,
  number: true,
  publishedOn: true,
  authorJa: true,
  authorEn: true,
  url: true,
} as const;

export type CitedSource = Pick<Source, keyof typeof citedSourceSelect>;

/** The columns of a fact or term (with its source) that its citation needs. */
export const citationSelect = {
  passage: true,
  locatorJa: true,
  locatorEn: true,
  source: { select: citedSourceSelect },
} as const;

export type CitationRow = CitedPassage & { source: CitedSource };

export function toCitation(where: CitedPassage, source: CitedSource): Citation {
  return {
    passage: where.passage,
    locatorJa: where.locatorJa,
    locatorEn: where.locatorEn,
    sourceTitleJa: source.titleJa,
    sourceTitleEn: source.titleEn,
    sourceSeriesJa: source.seriesJa,
    sourceSeriesEn: source.seriesEn,
    sourceNumber: source.number,
    sourcePublishedOn: source.publishedOn,
    sourceAuthorJa: source.authorJa,
    sourceAuthorEn: source.authorEn,
    sourceUrl: source.url,
  };
}

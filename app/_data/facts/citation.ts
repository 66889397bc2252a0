// A fact's or term's citation: the passage, where it stands, and its source.
import type { Citation } from "./types";

export const citationSelect = {
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

export type CitationRow = {
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

export function toCitation(row: CitationRow): Citation {
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

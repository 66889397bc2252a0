import type { Db } from "../prisma-client";

export type SourceSummary = {
  key: string;
  titleJa: string;
  titleEn: string;
  publisherJa: string;
  publisherEn: string;
  seriesJa: string;
  seriesEn: string;
  number: string;
  publishedOn: string;
  authorJa: string;
  authorEn: string;
  factCount: number;
  termCount: number;
};

/** Every source, newest first, with how many facts and terms rest on it. */
export async function listSources(db: Db): Promise<SourceSummary[]> {
  const rows = await db.source.findMany({
    orderBy: [{ publishedOn: "desc" }, { key: "asc" }],
    include: { _count: { select: { facts: true, terms: true } } },
  });
  return rows.map(({ _count, id: _id, createdAt: _c, updatedAt: _u, url: _url, authorRoleJa: _rj, authorRoleEn: _re, ...s }) => ({
    ...s,
    factCount: _count.facts,
    termCount: _count.terms,
  }));
}

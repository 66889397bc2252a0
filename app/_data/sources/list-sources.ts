import type { Db } from "../prisma-client";
import type { Source } from "../../../prisma/generated/sqlite/client";

export type SourceSummary = Omit<Source, "id" | "createdAt" | "updatedAt" | "url" | "authorRoleJa" | "authorRoleEn"> & {
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

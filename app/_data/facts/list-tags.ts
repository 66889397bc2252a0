import type { Db } from "../prisma-client";

/** Every tag used by a fact, sorted. */
export async function listTags(db: Db): Promise<string[]> {
  const rows = await db.tag.findMany({ where: { facts: { some: {} } }, select: { key: true } });
  // Sorted here, not by the database, so that both databases give the same order whatever their collation.
  return rows.map((r) => r.key).sort();
}

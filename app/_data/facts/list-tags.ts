import type { Db } from "../prisma-client";
import type { TagLabel } from "../tags/tag-keys";

/** Every tag used by a fact, sorted. */
export async function listTags(db: Db): Promise<string[]> {
  const rows = await db.tag.findMany({ where: { facts: { some: {} } }, select: { key: true } });
  // Sorted here, not by the database, so that both databases give the same order whatever their collation.
  return rows.map((r) => r.key).sort();
}

/** Every tag used by a fact, with its labels, sorted by key. */
export async function listTagLabels(db: Db): Promise<TagLabel[]> {
  const rows = await db.tag.findMany({ where: { facts: { some: {} } }, select: { key: true, labelJa: true, labelEn: true } });
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

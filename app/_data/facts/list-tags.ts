import type { Db } from "../prisma-client";
import { parseStringArray } from "../json-columns";

/** Every tag used by a fact, sorted. */
export async function listTags(db: Db): Promise<string[]> {
  const rows = await db.fact.findMany({ select: { tags: true }, distinct: ["tags"] });
  return [...new Set(rows.flatMap((r) => parseStringArray(r.tags)))].sort();
}

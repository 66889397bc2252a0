import type { Db } from "../prisma-client";
import { factSelect, toFactView } from "./fact-view";
import type { FactView } from "./types";

export async function getFact(db: Db, key: string): Promise<FactView | null> {
  const row = await db.fact.findUnique({ where: { key }, select: { ...factSelect, published: true } });
  return row?.published ? toFactView(row) : null;
}

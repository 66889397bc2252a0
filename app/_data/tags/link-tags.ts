// Writes the tags of imported facts and terms: a Tag row per key (created when new, never renamed or
// removed here, so labels given to a tag survive re-imports) and links that replace the owner's old ones.
import type { Prisma } from "../../../prisma/generated/sqlite/client";

type Tx = Prisma.TransactionClient;

const CHUNK = 500; // keeps `IN (…)` lists well under both databases' parameter limits

/** The ids of these tag keys, creating the Tag rows that do not exist yet. */
async function tagIds(tx: Tx, keys: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += CHUNK)
    for (const tag of await tx.tag.findMany({ where: { key: { in: unique.slice(i, i + CHUNK) } }, select: { id: true, key: true } }))
      ids.set(tag.key, tag.id);
  const missing = unique.filter((key) => !ids.has(key));
  if (missing.length > 0)
    for (const tag of await tx.tag.createManyAndReturn({ data: missing.map((key) => ({ key })), select: { id: true, key: true } }))
      ids.set(tag.key, tag.id);
  return ids;
}

/**
 * Sets the tags of facts (or terms): `tagsByOwner` maps an owner's id to its list of tag keys. A key
 * listed twice keeps its first place.
 */
export async function linkTags(tx: Tx, owner: "fact" | "term", tagsByOwner: Map<string, readonly string[]>): Promise<void> {
  const owners = [...tagsByOwner.keys()];
  const ids = await tagIds(tx, [...tagsByOwner.values()].flat());
  const links: { ownerId: string; tagId: string; position: number }[] = [];
  for (const [ownerId, keys] of tagsByOwner) {
    const seen = new Set<string>();
    keys.forEach((key, position) => {
      if (seen.has(key)) return;
      seen.add(key);
      links.push({ ownerId, tagId: ids.get(key)!, position });
    });
  }
  if (owner === "fact") {
    for (let i = 0; i < owners.length; i += CHUNK) await tx.factTag.deleteMany({ where: { factId: { in: owners.slice(i, i + CHUNK) } } });
    await tx.factTag.createMany({ data: links.map(({ ownerId, ...link }) => ({ ...link, factId: ownerId })) });
  } else {
    for (let i = 0; i < owners.length; i += CHUNK) await tx.termTag.deleteMany({ where: { termId: { in: owners.slice(i, i + CHUNK) } } });
    await tx.termTag.createMany({ data: links.map(({ ownerId, ...link }) => ({ ...link, termId: ownerId })) });
  }
}

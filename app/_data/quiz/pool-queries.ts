// The pool's reads, in plain SQL that SQLite and PostgreSQL both accept (quoted identifiers, LIMIT in
// subqueries). Written by hand because they run on every quiz start and must stay within a few ms on a
// 100k-fact base (npm run bench:quiz): findMany with includes cost several times more for the same rows.
// Rows are reshaped with the interchange reshapes, so a pool record is exactly an exported record.
import type { Db } from "../prisma-client";
import { ENTITY_RECORD_COLUMNS, FACT_RECORD_COLUMNS, TERM_RECORD_COLUMNS, toEntityRecord, toFactRecord, toTermRecord } from "../interchange/records";
import type { EntityRecord, FactRecord, TermRecord } from "../../_schemas/interchange";
import type { TagLink } from "../tags/tag-keys";
import { columns, empty, ident, joinParts, list, sql, type Sql } from "../sql";

const FACT_NUMBERS = ["paragraph", "difficulty", "seriesOrder"] as const;

export interface FactWithLinks {
  id: string;
  record: FactRecord;
  /** Entity type of each answer entity. */
  answerTypes: string[];
}

type FactRaw = Record<(typeof FACT_RECORD_COLUMNS)[number] | "id" | "sourceKey" | "deckKey", unknown>;
type LinkRaw = Record<"factId" | "role" | "position" | "key" | "type", unknown>;
type EntityRaw = Record<(typeof ENTITY_RECORD_COLUMNS)[number], unknown>;
type TagRaw = Record<"ownerId" | "key" | "position", unknown>;

const TAG_LINKS = { Fact: { table: "FactTag", owner: "factId" }, Term: { table: "TermTag", owner: "termId" } } as const;

/** The ids of the tags with these keys (the pool filters by id: see withTags). */
export async function tagIdsOf(db: Db, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db.$queryRaw<{ id: unknown }[]>`SELECT g."id" FROM "Tag" g WHERE g."key" IN (${list(keys)})`;
  return rows.map((r) => String(r.id));
}

/**
 * `AND` the row `x` has one of these tags (null: no tag filter; an empty list matches nothing). The ids
 * are values, not a subquery on Tag: with the tag unknown until run time, PostgreSQL fetched every fact
 * of the tag before looking at the deck window (20 ms on 100k facts); with the id it hashes the tag's
 * links from the (tagId, factId) key against the window (2 ms). SQLite walks the window in position
 * order and probes (factId, tagId).
 */
export function withTags(table: "Fact" | "Term", tagIds: readonly string[] | null): Sql {
  if (tagIds === null) return empty;
  if (tagIds.length === 0) return sql` AND 1 = 0`;
  const { table: links, owner } = TAG_LINKS[table];
  return sql` AND EXISTS (SELECT 1 FROM ${ident(links)} l WHERE l.${ident(owner)} = x."id" AND l."tagId" IN (${list(tagIds)}))`;
}

/** The tag links of these facts or terms (null: all of them), grouped by owner id. */
async function readTagLinks(db: Db, table: "Fact" | "Term", ids: string[] | null): Promise<Map<string, TagLink[]>> {
  const { table: links, owner } = TAG_LINKS[table];
  const where = ids ? sql`WHERE l.${ident(owner)} IN (${list(ids)})` : empty;
  const rows = await db.$queryRaw<TagRaw[]>`SELECT l.${ident(owner)} AS "ownerId", l."position",
      (SELECT g."key" FROM "Tag" g WHERE g."id" = l."tagId") AS "key"
    FROM ${ident(links)} l ${where}`;
  const byOwner = new Map<string, TagLink[]>();
  for (const row of rows) {
    const own = byOwner.get(String(row.ownerId)) ?? [];
    own.push({ position: Number(row.position), tag: { key: String(row.key) } });
    byOwner.set(String(row.ownerId), own);
  }
  return byOwner;
}

/**
 * The ids of a set of rows: several SELECTs of "id", each with its own WHERE, ORDER BY and LIMIT (a
 * window, a series), run as one query. Reading the ids first, once, keeps a tag-filtered window (which
 * scans many rows to find a few) from being scanned again by each read that follows.
 */
export function idsOf(table: "Fact" | "Term", parts: { where: Sql; tail?: Sql }[]): Sql {
  return joinParts(
    parts.map(({ where, tail = empty }, i) => sql`SELECT "id" FROM (SELECT x."id" FROM ${ident(table)} x WHERE ${where} ${tail}) AS ${ident(`part${i}`)}`),
    "UNION ALL",
  );
}

export async function readIds(db: Db, query: Sql): Promise<string[]> {
  return [...new Set((await db.$queryRaw<{ id: unknown }[]>(query)).map((r) => String(r.id)))];
}

/**
 * Reads facts (null: every fact) with their source and deck keys and their entity links, and the
 * entities that answer them (the ones the generator needs by name; subjects are needed by key only).
 * Entity keys come from scalar subqueries: with a join, PostgreSQL hash-joined the whole Entity table.
 */
export async function readFacts(db: Db, ids: string[] | null): Promise<{ facts: FactWithLinks[]; entities: EntityRecord[] }> {
  if (ids && ids.length === 0) return { facts: [], entities: [] };
  // Drafts never reach a quiz: only published facts are read, whichever window chose the ids.
  const factWhere = sql`WHERE f."published" = ${true} ${ids ? sql`AND f."id" IN (${list(ids)})` : empty}`;
  const linkWhere = ids ? sql`AND fe."factId" IN (${list(ids)})` : empty;
  const entityOfLink = (column: string) => sql`(SELECT e.${ident(column)} FROM "Entity" e WHERE e."id" = fe."entityId")`;
  const [rows, links, answers, tags] = await Promise.all([
    db.$queryRaw<FactRaw[]>`SELECT f."id", ${columns("f", FACT_RECORD_COLUMNS)}, s."key" AS "sourceKey", d."key" AS "deckKey"
      FROM "Fact" f JOIN "Source" s ON s."id" = f."sourceId" JOIN "Deck" d ON d."id" = f."deckId" ${factWhere}`,
    db.$queryRaw<LinkRaw[]>`SELECT fe."factId", fe."role", fe."position", ${entityOfLink("key")} AS "key", ${entityOfLink("type")} AS "type"
      FROM "FactEntity" fe WHERE 1 = 1 ${linkWhere}`,
    db.$queryRaw<EntityRaw[]>`SELECT ${columns("e", ENTITY_RECORD_COLUMNS)} FROM "Entity" e
      WHERE e."id" IN (SELECT fe."entityId" FROM "FactEntity" fe WHERE fe."role" = 'answer' ${linkWhere})`,
    readTagLinks(db, "Fact", ids),
  ]);
  const byFact = new Map<string, LinkRaw[]>();
  for (const link of links) {
    const list = byFact.get(String(link.factId)) ?? [];
    list.push(link);
    byFact.set(String(link.factId), list);
  }
  const facts = rows.map((row) => {
    const own = byFact.get(String(row.id)) ?? [];
    const fact = row as Record<string, unknown>;
    for (const n of FACT_NUMBERS) if (fact[n] !== null) fact[n] = Number(fact[n]);
    const record = toFactRecord({
      ...(fact as unknown as Parameters<typeof toFactRecord>[0]),
      source: { key: String(row.sourceKey) },
      deck: { key: String(row.deckKey) },
      entities: own.map((l) => ({ role: String(l.role), position: Number(l.position), entity: { key: String(l.key) } })),
      tags: tags.get(String(row.id)) ?? [],
    });
    return { id: String(row.id), record, answerTypes: own.filter((l) => l.role === "answer").map((l) => String(l.type)) };
  });
  return { facts, entities: answers.map(entityOf) };
}

export async function readTerms(db: Db, ids: string[] | null): Promise<TermRecord[]> {
  if (ids && ids.length === 0) return [];
  const where = sql`WHERE t."published" = ${true} ${ids ? sql`AND t."id" IN (${list(ids)})` : empty}`;
  const [rows, tags] = await Promise.all([
    db.$queryRaw<Record<string, unknown>[]>`
      SELECT t."id", ${columns("t", TERM_RECORD_COLUMNS)}, s."key" AS "sourceKey", d."key" AS "deckKey"
      FROM "Term" t JOIN "Source" s ON s."id" = t."sourceId" JOIN "Deck" d ON d."id" = t."deckId" ${where}`,
    readTagLinks(db, "Term", ids),
  ]);
  return rows.map((row) =>
    toTermRecord({
      ...(row as unknown as Parameters<typeof toTermRecord>[0]),
      source: { key: String(row.sourceKey) },
      deck: { key: String(row.deckKey) },
      tags: tags.get(String(row.id)) ?? [],
    }),
  );
}

/** Up to `limit` entities of one type (the first by key). */
export async function entitiesOfType(db: Db, type: string, limit: number): Promise<EntityRecord[]> {
  const rows = await db.$queryRaw<EntityRaw[]>`
    SELECT ${columns("e", ENTITY_RECORD_COLUMNS)} FROM "Entity" e WHERE e."type" = ${type} ORDER BY e."key" LIMIT ${limit}`;
  return rows.map(entityOf);
}

function entityOf(row: EntityRaw): EntityRecord {
  return toEntityRecord(row as unknown as Parameters<typeof toEntityRecord>[0]);
}

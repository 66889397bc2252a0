// Import and export of the fact base in the interchange format (app/_schemas/interchange.ts).
// Import validates everything first and writes in one transaction: any error imports nothing.
// Export is deterministic, so export → import into an empty database → export is identical.
import type { Db } from "./prisma-client";
import {
  FORMAT,
  INTERCHANGE_ISSUE_CODES,
  interchangeDocument,
  type DeckRecord,
  type EntityRecord,
  type FactRecord,
  type InterchangeDocument,
  type SourceRecord,
  type TermRecord,
} from "../_schemas/interchange";
import { buildSearchText } from "../_domain/search/fold-for-search";
import { parseStringArray } from "./json-columns";
import { deckSubtree } from "../_domain/decks/deck-subtree";

export type ImportIssue = {
  /** e.g. "facts[3]" */
  record: string;
  key?: string;
  field?: string;
  /** A code the UI translates (Import.errors.<code>). */
  code: string;
  params?: Record<string, string | number>;
};

export type ImportResult =
  | { ok: true; counts: Record<"sources" | "decks" | "entities" | "facts" | "terms", number> }
  | { ok: false; issues: ImportIssue[] };

const COLLECTIONS = ["sources", "decks", "entities", "facts", "terms"] as const;
type Collection = (typeof COLLECTIONS)[number];

function zodIssues(input: unknown, error: import("zod").ZodError): ImportIssue[] {
  return error.issues.map((issue) => {
    const [collection, index, ...rest] = issue.path;
    const record = typeof index === "number" ? `${String(collection)}[${index}]` : String(collection ?? "document");
    const raw =
      typeof index === "number" && input && typeof input === "object"
        ? (input as Record<string, unknown[]>)[String(collection)]?.[index]
        : undefined;
    const key = raw && typeof raw === "object" && typeof (raw as { key?: unknown }).key === "string" ? (raw as { key: string }).key : undefined;
    const field = typeof index === "number" ? rest.map(String).join(".") || undefined : undefined;
    const code = INTERCHANGE_ISSUE_CODES.includes(issue.message) ? issue.message : issue.code;
    return { record, key, field, code };
  });
}

async function existingKeys(db: Db) {
  const [sources, decks, entities] = await Promise.all([
    db.source.findMany({ select: { key: true } }),
    db.deck.findMany({ select: { key: true } }),
    db.entity.findMany({ select: { key: true } }),
  ]);
  return {
    sources: new Set(sources.map((r) => r.key)),
    decks: new Set(decks.map((r) => r.key)),
    entities: new Set(entities.map((r) => r.key)),
  };
}

/** Checks what zod cannot: unique keys, references that resolve, no deck cycles. */
export async function checkReferences(db: Db, doc: InterchangeDocument): Promise<ImportIssue[]> {
  const issues: ImportIssue[] = [];
  for (const collection of COLLECTIONS) {
    const seen = new Set<string>();
    doc[collection].forEach((record, i) => {
      if (seen.has(record.key)) issues.push({ record: `${collection}[${i}]`, key: record.key, field: "key", code: "duplicateKey" });
      seen.add(record.key);
    });
  }
  const known = await existingKeys(db);
  // Keys in the database or in the file, looked up once per reference (a 10 MB file has thousands).
  for (const collection of ["sources", "decks", "entities"] as const) for (const r of doc[collection]) known[collection].add(r.key);
  const has = (collection: "sources" | "decks" | "entities", key: string) => known[collection].has(key);
  const missing = (collection: Collection, i: number, key: string, field: string, target: string) =>
    issues.push({ record: `${collection}[${i}]`, key, field, code: "unknownReference", params: { target } });

  doc.decks.forEach((deck, i) => {
    if (deck.parentKey && !has("decks", deck.parentKey)) missing("decks", i, deck.key, "parentKey", deck.parentKey);
    if (deck.sourceKey && !has("sources", deck.sourceKey)) missing("decks", i, deck.key, "sourceKey", deck.sourceKey);
  });
  const parents = new Map(doc.decks.map((d) => [d.key, d.parentKey]));
  doc.decks.forEach((deck, i) => {
    const visited = new Set<string>();
    for (let at: string | null | undefined = deck.key; at; at = parents.get(at)) {
      if (visited.has(at)) {
        issues.push({ record: `decks[${i}]`, key: deck.key, field: "parentKey", code: "deckCycle" });
        break;
      }
      visited.add(at);
    }
  });
  for (const collection of ["facts", "terms"] as const) {
    doc[collection].forEach((record, i) => {
      if (!has("sources", record.sourceKey)) missing(collection, i, record.key, "sourceKey", record.sourceKey);
      if (!has("decks", record.deckKey)) missing(collection, i, record.key, "deckKey", record.deckKey);
    });
  }
  doc.facts.forEach((fact, i) => {
    for (const field of ["answerEntityKeys", "subjectEntityKeys"] as const)
      for (const key of fact[field]) if (!has("entities", key)) missing("facts", i, fact.key, field, key);
    if ((fact.answerType === "entity" || fact.answerType === "list") && fact.answerEntityKeys.length === 0)
      issues.push({ record: `facts[${i}]`, key: fact.key, field: "answerEntityKeys", code: "answerMissing" });
    if (!fact.statementJa.includes(fact.answerTextJa))
      issues.push({ record: `facts[${i}]`, key: fact.key, field: "answerTextJa", code: "answerNotInStatement" });
    if (!fact.statementEn.includes(fact.answerTextEn))
      issues.push({ record: `facts[${i}]`, key: fact.key, field: "answerTextEn", code: "answerNotInStatement" });
  });
  return issues;
}

/** The ids of the rows that already have one of these keys. */
async function keyIds(
  delegate: { findMany(args: { where: { key: { in: string[] } }; select: { id: true; key: true } }): Promise<{ id: string; key: string }[]> },
  keys: string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 500)
    for (const row of await delegate.findMany({ where: { key: { in: keys.slice(i, i + 500) } }, select: { id: true, key: true } }))
      found.set(row.key, row.id);
  return found;
}

/** Validates and imports a document (parsed JSON). Existing records with the same key are updated. */
export async function importDocument(db: Db, input: unknown): Promise<ImportResult> {
  const parsed = interchangeDocument.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(input, parsed.error) };
  const doc = parsed.data;
  const issues = await checkReferences(db, doc);
  if (issues.length > 0) return { ok: false, issues };

  await db.$transaction(
    async (tx) => {
      const ids = { sources: new Map<string, string>(), decks: new Map<string, string>(), entities: new Map<string, string>() };
      for (const s of doc.sources) {
        const { key, ...data } = s;
        const row = await tx.source.upsert({ where: { key }, create: { key, ...data }, update: data, select: { id: true } });
        ids.sources.set(key, row.id);
      }
      const idOf = async (collection: "sources" | "decks" | "entities", key: string) => {
        const cached = ids[collection].get(key);
        if (cached) return cached;
        const delegate = tx[collection === "sources" ? "source" : collection === "decks" ? "deck" : "entity"] as unknown as {
          findUniqueOrThrow(args: object): Promise<{ id: string }>;
        };
        const row = await delegate.findUniqueOrThrow({ where: { key }, select: { id: true } });
        ids[collection].set(key, row.id);
        return row.id;
      };
      // Decks first without parents (a parent may come later in the file), then link parents.
      for (const d of doc.decks) {
        const data = {
          nameJa: d.nameJa,
          nameEn: d.nameEn,
          descriptionJa: d.descriptionJa,
          descriptionEn: d.descriptionEn,
          position: d.position,
          sourceId: d.sourceKey ? await idOf("sources", d.sourceKey) : null,
        };
        const row = await tx.deck.upsert({ where: { key: d.key }, create: { key: d.key, ...data }, update: data, select: { id: true } });
        ids.decks.set(d.key, row.id);
      }
      for (const d of doc.decks)
        await tx.deck.update({ where: { key: d.key }, data: { parentId: d.parentKey ? await idOf("decks", d.parentKey) : null } });
      // Entities, facts and terms can number in the thousands: existing keys are updated one by one,
      // new ones are inserted in batches.
      const entityData = doc.entities.map((e) => ({
        key: e.key,
        type: e.type,
        nameJa: e.nameJa,
        nameEn: e.nameEn,
        readingJa: e.readingJa,
        aliasesJa: JSON.stringify(e.aliasesJa),
        aliasesEn: JSON.stringify(e.aliasesEn),
        descriptionJa: e.descriptionJa,
        descriptionEn: e.descriptionEn,
        searchText: buildSearchText([e.nameJa, e.nameEn, e.readingJa, e.aliasesJa, e.aliasesEn]),
      }));
      const existingEntities = await keyIds(tx.entity, entityData.map((e) => e.key));
      for (const { key, ...data } of entityData.filter((e) => existingEntities.has(e.key))) await tx.entity.update({ where: { key }, data });
      for (const row of await tx.entity.createManyAndReturn({ data: entityData.filter((e) => !existingEntities.has(e.key)), select: { id: true, key: true } }))
        existingEntities.set(row.key, row.id);
      for (const [key, id] of existingEntities) ids.entities.set(key, id);

      const answerKeys = [...new Set(doc.facts.flatMap((f) => f.answerEntityKeys))];
      const entityTypes = new Map(
        (await tx.entity.findMany({ where: { key: { in: answerKeys } }, select: { key: true, type: true } })).map((e) => [e.key, e.type]),
      );
      const factData = [];
      for (const [position, f] of doc.facts.entries()) {
        const data = factColumns(f, position, await idOf("sources", f.sourceKey), await idOf("decks", f.deckKey));
        data.entityType = f.answerEntityKeys.length > 0 ? (entityTypes.get(f.answerEntityKeys[0]) ?? null) : null;
        factData.push({ key: f.key, ...data });
      }
      const factIds = await keyIds(tx.fact, factData.map((f) => f.key));
      const updatedFactIds = [...factIds.values()];
      for (const { key, ...data } of factData.filter((f) => factIds.has(f.key))) await tx.fact.update({ where: { key }, data });
      await tx.factEntity.deleteMany({ where: { factId: { in: updatedFactIds } } });
      for (const row of await tx.fact.createManyAndReturn({ data: factData.filter((f) => !factIds.has(f.key)), select: { id: true, key: true } }))
        factIds.set(row.key, row.id);
      const links = [];
      for (const f of doc.facts) {
        const factId = factIds.get(f.key)!;
        for (const [i, key] of f.answerEntityKeys.entries()) links.push({ factId, entityId: await idOf("entities", key), role: "answer", position: i });
        for (const [i, key] of f.subjectEntityKeys.entries()) links.push({ factId, entityId: await idOf("entities", key), role: "subject", position: i });
      }
      await tx.factEntity.createMany({ data: links });

      const termData = [];
      for (const [position, t] of doc.terms.entries())
        termData.push({ key: t.key, ...termColumns(t, position, await idOf("sources", t.sourceKey), await idOf("decks", t.deckKey)) });
      const termIds = await keyIds(tx.term, termData.map((t) => t.key));
      for (const { key, ...data } of termData.filter((t) => termIds.has(t.key))) await tx.term.update({ where: { key }, data });
      await tx.term.createMany({ data: termData.filter((t) => !termIds.has(t.key)) });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return {
    ok: true,
    counts: {
      sources: doc.sources.length,
      decks: doc.decks.length,
      entities: doc.entities.length,
      facts: doc.facts.length,
      terms: doc.terms.length,
    },
  };
}

function factColumns(f: FactRecord, position: number, sourceId: string, deckId: string) {
  return {
    sourceId,
    deckId,
    answerType: f.answerType,
    entityType: null as string | null,
    answerValue: f.answerValue,
    questionJa: f.questionJa,
    questionEn: f.questionEn,
    statementJa: f.statementJa,
    statementEn: f.statementEn,
    answerTextJa: f.answerTextJa,
    answerTextEn: f.answerTextEn,
    acceptedJa: JSON.stringify(f.acceptedJa),
    acceptedEn: JSON.stringify(f.acceptedEn),
    explanationJa: f.explanationJa,
    explanationEn: f.explanationEn,
    passage: f.passage,
    locatorJa: f.locatorJa,
    locatorEn: f.locatorEn,
    paragraph: f.paragraph,
    tags: JSON.stringify(f.tags),
    difficulty: f.difficulty,
    seriesKey: f.series?.key ?? null,
    seriesOrder: f.series?.order ?? null,
    seriesLabelJa: f.series?.labelJa ?? null,
    seriesLabelEn: f.series?.labelEn ?? null,
    eventDate: f.event?.date ?? null,
    eventLabelJa: f.event?.labelJa ?? null,
    eventLabelEn: f.event?.labelEn ?? null,
    position,
    searchText: buildSearchText([
      f.questionJa,
      f.questionEn,
      f.statementJa,
      f.statementEn,
      f.acceptedJa,
      f.acceptedEn,
      f.explanationJa,
      f.explanationEn,
      f.passage,
      f.tags,
    ]),
  };
}

function termColumns(t: TermRecord, position: number, sourceId: string, deckId: string) {
  return {
    sourceId,
    deckId,
    ja: t.ja,
    readingJa: t.readingJa,
    en: t.en,
    aliasesJa: JSON.stringify(t.aliasesJa),
    aliasesEn: JSON.stringify(t.aliasesEn),
    definitionJa: t.definitionJa,
    definitionEn: t.definitionEn,
    passage: t.passage,
    locatorJa: t.locatorJa,
    locatorEn: t.locatorEn,
    tags: JSON.stringify(t.tags),
    position,
    searchText: buildSearchText([t.ja, t.readingJa, t.en, t.aliasesJa, t.aliasesEn, t.definitionJa, t.definitionEn]),
  };
}

/** Exports the whole fact base, or one deck with its sub-decks and what their facts refer to. */
export async function exportDocument(db: Db, options: { deckKey?: string } = {}): Promise<InterchangeDocument | null> {
  const allDecks = await db.deck.findMany({ include: { parent: { select: { key: true } }, source: { select: { key: true } } } });
  let deckIds: Set<string>;
  if (options.deckKey) {
    const rootDeck = allDecks.find((d) => d.key === options.deckKey);
    if (!rootDeck) return null;
    deckIds = deckSubtree(allDecks, [rootDeck.id]);
  } else {
    deckIds = new Set(allDecks.map((d) => d.id));
  }
  const scope = options.deckKey ? { deckId: { in: [...deckIds] } } : {};
  const [facts, terms] = await Promise.all([
    db.fact.findMany({
      where: scope,
      orderBy: [{ position: "asc" }, { key: "asc" }],
      include: {
        source: { select: { key: true } },
        deck: { select: { key: true } },
        entities: { include: { entity: { select: { key: true } } }, orderBy: [{ role: "asc" }, { position: "asc" }] },
      },
    }),
    db.term.findMany({
      where: scope,
      orderBy: [{ position: "asc" }, { key: "asc" }],
      include: { source: { select: { key: true } }, deck: { select: { key: true } } },
    }),
  ]);
  const decks = allDecks.filter((d) => deckIds.has(d.id));
  const sourceKeys = new Set<string>([
    ...facts.map((f) => f.source.key),
    ...terms.map((t) => t.source.key),
    ...decks.flatMap((d) => (d.source ? [d.source.key] : [])),
  ]);
  const entityKeys = new Set(facts.flatMap((f) => f.entities.map((link) => link.entity.key)));
  const [sources, entities] = await Promise.all([
    db.source.findMany({ where: options.deckKey ? { key: { in: [...sourceKeys] } } : {}, orderBy: { key: "asc" } }),
    db.entity.findMany({ where: options.deckKey ? { key: { in: [...entityKeys] } } : {}, orderBy: { key: "asc" } }),
  ]);

  return {
    format: FORMAT,
    sources: sources.map(
      (s): SourceRecord => ({
        key: s.key,
        titleJa: s.titleJa,
        titleEn: s.titleEn,
        publisherJa: s.publisherJa,
        publisherEn: s.publisherEn,
        seriesJa: s.seriesJa,
        seriesEn: s.seriesEn,
        number: s.number,
        publishedOn: s.publishedOn,
        authorJa: s.authorJa,
        authorEn: s.authorEn,
        authorRoleJa: s.authorRoleJa,
        authorRoleEn: s.authorRoleEn,
        url: s.url,
      }),
    ),
    decks: decks
      .sort((a, b) => a.position - b.position || a.key.localeCompare(b.key))
      .map(
        (d): DeckRecord => ({
          key: d.key,
          parentKey: d.parent && deckIds.has(d.parentId!) ? d.parent.key : null,
          sourceKey: d.source?.key ?? null,
          nameJa: d.nameJa,
          nameEn: d.nameEn,
          descriptionJa: d.descriptionJa,
          descriptionEn: d.descriptionEn,
          position: d.position,
        }),
      ),
    entities: entities.map((e) => toEntityRecord(e)),
    facts: facts.map((f) => toFactRecord(f)),
    terms: terms.map((t) => toTermRecord(t)),
  };
}

export const ENTITY_RECORD_COLUMNS = ["key", "type", "nameJa", "nameEn", "readingJa", "aliasesJa", "aliasesEn", "descriptionJa", "descriptionEn"] as const;

type EntityRow = Pick<Awaited<ReturnType<Db["entity"]["findMany"]>>[number], (typeof ENTITY_RECORD_COLUMNS)[number]>;

/** Reshapes a stored entity into its interchange record. */
export function toEntityRecord(e: EntityRow): EntityRecord {
  return {
    key: e.key,
    type: e.type as EntityRecord["type"],
    nameJa: e.nameJa,
    nameEn: e.nameEn,
    readingJa: e.readingJa,
    aliasesJa: parseStringArray(e.aliasesJa),
    aliasesEn: parseStringArray(e.aliasesEn),
    descriptionJa: e.descriptionJa,
    descriptionEn: e.descriptionEn,
  };
}

export const TERM_RECORD_COLUMNS = [
  "key", "ja", "readingJa", "en", "aliasesJa", "aliasesEn", "definitionJa", "definitionEn", "passage", "locatorJa", "locatorEn", "tags",
] as const;

type TermRow = Pick<Awaited<ReturnType<Db["term"]["findMany"]>>[number], (typeof TERM_RECORD_COLUMNS)[number]> & {
  source: { key: string };
  deck: { key: string };
};

/** Reshapes a stored glossary term (with its source and deck) into its interchange record. */
export function toTermRecord(t: TermRow): TermRecord {
  return {
    key: t.key,
    sourceKey: t.source.key,
    deckKey: t.deck.key,
    ja: t.ja,
    readingJa: t.readingJa,
    en: t.en,
    aliasesJa: parseStringArray(t.aliasesJa),
    aliasesEn: parseStringArray(t.aliasesEn),
    definitionJa: t.definitionJa,
    definitionEn: t.definitionEn,
    passage: t.passage,
    locatorJa: t.locatorJa,
    locatorEn: t.locatorEn,
    tags: parseStringArray(t.tags),
  };
}

/** The columns the reshape reads (a query may select just these). */
export const FACT_RECORD_COLUMNS = [
  "key", "answerType", "answerValue", "questionJa", "questionEn", "statementJa", "statementEn", "answerTextJa",
  "answerTextEn", "acceptedJa", "acceptedEn", "explanationJa", "explanationEn", "passage", "locatorJa", "locatorEn",
  "paragraph", "tags", "difficulty", "seriesKey", "seriesOrder", "seriesLabelJa", "seriesLabelEn", "eventDate",
  "eventLabelJa", "eventLabelEn",
] as const;

type FactRow = Pick<Awaited<ReturnType<Db["fact"]["findMany"]>>[number], (typeof FACT_RECORD_COLUMNS)[number]> & {
  source: { key: string };
  deck: { key: string };
  entities: { role: string; position: number; entity: { key: string } }[];
};

/** Reshapes a stored fact (with its source, deck and entity links) into its interchange record. */
export function toFactRecord(f: FactRow): FactRecord {
  const linked = (role: string) =>
    f.entities
      .filter((link) => link.role === role)
      .sort((a, b) => a.position - b.position)
      .map((link) => link.entity.key);
  return {
    key: f.key,
    sourceKey: f.source.key,
    deckKey: f.deck.key,
    answerType: f.answerType as FactRecord["answerType"],
    answerEntityKeys: linked("answer"),
    answerValue: f.answerValue,
    subjectEntityKeys: linked("subject"),
    questionJa: f.questionJa,
    questionEn: f.questionEn,
    statementJa: f.statementJa,
    statementEn: f.statementEn,
    answerTextJa: f.answerTextJa,
    answerTextEn: f.answerTextEn,
    acceptedJa: parseStringArray(f.acceptedJa),
    acceptedEn: parseStringArray(f.acceptedEn),
    explanationJa: f.explanationJa,
    explanationEn: f.explanationEn,
    passage: f.passage,
    locatorJa: f.locatorJa,
    locatorEn: f.locatorEn,
    paragraph: f.paragraph,
    tags: parseStringArray(f.tags),
    difficulty: f.difficulty,
    series:
      f.seriesKey && f.seriesOrder !== null
        ? { key: f.seriesKey, order: f.seriesOrder, labelJa: f.seriesLabelJa ?? "", labelEn: f.seriesLabelEn ?? "" }
        : null,
    event: f.eventDate ? { date: f.eventDate, labelJa: f.eventLabelJa ?? "", labelEn: f.eventLabelEn ?? "" } : null,
  };
}

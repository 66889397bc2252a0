// Validation of an interchange document: the zod schema first, then what zod cannot check (unique keys,
// references that resolve in the file or the database, no deck cycles). Every issue names its record.
import type { Db } from "../prisma-client";
import { INTERCHANGE_ISSUE_CODES, interchangeDocument, type InterchangeDocument } from "../../_schemas/interchange";
import type { ImportIssue } from "./import-result";

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
    db.deck.findMany({ select: { key: true, parent: { select: { key: true } } } }),
    db.entity.findMany({ select: { key: true } }),
  ]);
  return {
    sources: new Set(sources.map((r) => r.key)),
    decks: new Set(decks.map((r) => r.key)),
    entities: new Set(entities.map((r) => r.key)),
    deckParents: new Map(decks.map((r) => [r.key, r.parent?.key ?? null])),
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
  // The tree as it will be after the import: the database's links, replaced by the file's for the decks
  // it holds (an imported deck without parentKey becomes top-level). So X→Y in one import and Y→X in
  // the next is a cycle too.
  const parents = new Map<string, string | null>(known.deckParents);
  for (const deck of doc.decks) parents.set(deck.key, deck.parentKey ?? null);
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

/** Parses and checks a document (parsed JSON) without writing anything. */
export async function validateDocument(
  db: Db,
  input: unknown,
): Promise<{ ok: true; doc: InterchangeDocument } | { ok: false; issues: ImportIssue[] }> {
  const parsed = interchangeDocument.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(input, parsed.error) };
  const doc = parsed.data;
  const issues = await checkReferences(db, doc);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, doc };
}

// Writing one fact from the editing screens: checked like an imported fact (references, answer text
// inside the statement) and, when its source has its text, against that text: the passage must occur
// verbatim, and its paragraph is taken from where it does. Each write is one transaction with its revision.
import type { Db } from "../prisma-client";
import { FORMAT, type FactRecord } from "../../_schemas/interchange";
import type { FactEditInput } from "../../_schemas/edit";
import { checkReferences } from "../interchange/validate";
import { factColumns } from "../interchange/storage-columns";
import { toFactRecord } from "../interchange/records";
import { linkTags } from "../tags/link-tags";
import { tagKeysSelect } from "../tags/tag-keys";
import { parseStringArray } from "../db-helpers/json-columns";
import { locatePassage } from "../../_domain/sources/paragraphs";
import { checkEditor, type EditOutcome, type Editor } from "./editor";
import { recordRevision } from "./revisions";

export type StoredFact = FactRecord & { published: boolean };

const factRecordSelect = {
  id: true, key: true, answerType: true, answerValue: true, questionJa: true, questionEn: true, statementJa: true, statementEn: true,
  answerTextJa: true, answerTextEn: true, acceptedJa: true, acceptedEn: true, explanationJa: true, explanationEn: true, passage: true,
  locatorJa: true, locatorEn: true, paragraph: true, difficulty: true, seriesKey: true, seriesOrder: true, seriesLabelJa: true,
  seriesLabelEn: true, eventDate: true, eventLabelJa: true, eventLabelEn: true, position: true, published: true,
  source: { select: { key: true } },
  deck: { select: { key: true } },
  entities: { select: { role: true, position: true, entity: { select: { key: true } } } },
  tags: tagKeysSelect,
} as const;

/** A stored fact as its record plus its published state, or null. */
export async function readStoredFact(db: Db, key: string): Promise<(StoredFact & { id: string; position: number }) | null> {
  const row = await db.fact.findUnique({ where: { key }, select: factRecordSelect });
  return row ? { ...toFactRecord(row), published: row.published, id: row.id, position: row.position } : null;
}

/** The paragraphs of a source's text (empty when it was stored without its text). */
export async function sourceParagraphs(db: Db, sourceKey: string): Promise<string[] | null> {
  const source = await db.source.findUnique({ where: { key: sourceKey }, select: { paragraphs: true } });
  return source ? parseStringArray(source.paragraphs) : null;
}

/** Checks a fact as the import does, plus its passage against its source's text; fills in its paragraph. */
export async function checkFact(db: Db, input: FactEditInput): Promise<EditOutcome<StoredFact>> {
  const { published, originalKey, ...record } = input;
  if (originalKey !== null && originalKey !== record.key) return { ok: false, error: "invalid", field: "key" };
  const existing = await db.fact.findUnique({ where: { key: record.key }, select: { id: true } });
  if (originalKey === null && existing) return { ok: false, error: "keyTaken", field: "key" };
  if (originalKey !== null && !existing) return { ok: false, error: "notFound" };
  const [issue] = await checkReferences(db, { format: FORMAT, sources: [], decks: [], entities: [], facts: [record], terms: [] });
  if (issue) return { ok: false, error: issue.code as "unknownReference", field: issue.field };
  const paragraphs = await sourceParagraphs(db, record.sourceKey);
  let paragraph = record.paragraph;
  if (paragraphs && paragraphs.length > 0) {
    const found = locatePassage(paragraphs, record.passage);
    if (found === null) return { ok: false, error: "passageNotInSource", field: "passage" };
    paragraph = found;
  }
  return { ok: true, value: { ...record, paragraph, published } };
}

/** Creates or updates a fact with no checks (they were made, or it is a revert to a state once saved). */
export async function writeFact(db: Db, editor: Editor, fact: StoredFact, action: "create" | "update" | "revert"): Promise<void> {
  const before = await readStoredFact(db, fact.key);
  await db.$transaction(async (tx) => {
    const [source, deck] = await Promise.all([
      tx.source.findUniqueOrThrow({ where: { key: fact.sourceKey }, select: { id: true } }),
      tx.deck.findUniqueOrThrow({ where: { key: fact.deckKey }, select: { id: true } }),
    ]);
    const position = before?.position ?? (await tx.fact.count({ where: { deckId: deck.id } }));
    const data = { ...factColumns(fact, position, source.id, deck.id), published: fact.published };
    const entityKeys = [...new Set([...fact.answerEntityKeys, ...fact.subjectEntityKeys])];
    const entities = new Map(
      (await tx.entity.findMany({ where: { key: { in: entityKeys } }, select: { id: true, key: true, type: true } })).map((e) => [e.key, e]),
    );
    data.entityType = fact.answerEntityKeys.length > 0 ? (entities.get(fact.answerEntityKeys[0])?.type ?? null) : null;
    // Updated in place: the id stays, so learners' cards keep their schedule and show the new text.
    const row = await tx.fact.upsert({ where: { key: fact.key }, create: { key: fact.key, ...data }, update: data, select: { id: true } });
    await tx.factEntity.deleteMany({ where: { factId: row.id } });
    await tx.factEntity.createMany({
      data: [
        ...fact.answerEntityKeys.map((key, i) => ({ factId: row.id, entityId: entities.get(key)!.id, role: "answer" as const, position: i })),
        ...fact.subjectEntityKeys.map((key, i) => ({ factId: row.id, entityId: entities.get(key)!.id, role: "subject" as const, position: i })),
      ],
    });
    await linkTags(tx, "fact", new Map([[row.id, fact.tags]]));
    await recordRevision(tx, editor, "fact", fact.key, before ? withoutIds(before) : null, fact, before ? action : action === "revert" ? "revert" : "create");
  });
}

function withoutIds<T extends { id: string; position: number }>(row: T): Omit<T, "id" | "position"> {
  const { id: _id, position: _position, ...rest } = row;
  return rest;
}

/** Checks and saves a fact from the editing form. */
export async function saveFact(db: Db, editor: Editor | null, input: FactEditInput): Promise<EditOutcome<{ key: string }>> {
  const refused = checkEditor(editor);
  if (refused) return refused;
  const checked = await checkFact(db, input);
  if (!checked.ok) return checked;
  await writeFact(db, editor!, checked.value, input.originalKey === null ? "create" : "update");
  return { ok: true, value: { key: input.key } };
}

/** Deletes a fact; its cards (and their review history) go with it by the foreign key's cascade. */
export async function deleteFact(db: Db, editor: Editor | null, key: string): Promise<EditOutcome<{ key: string }>> {
  const refused = checkEditor(editor);
  if (refused) return refused;
  const before = await readStoredFact(db, key);
  if (!before) return { ok: false, error: "notFound" };
  await db.$transaction(async (tx) => {
    await tx.fact.delete({ where: { key } });
    await recordRevision(tx, editor!, "fact", key, withoutIds(before), null, "delete");
  });
  return { ok: true, value: { key } };
}

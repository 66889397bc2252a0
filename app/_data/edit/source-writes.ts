// Writing a source from the editing screens: its metadata (checked by the import's own record schema)
// and its text, split into paragraphs that facts' passages are then checked against.
import type { Db } from "../prisma-client";
import type { SourceEditInput } from "../../_schemas/edit";
import { splitParagraphs } from "../../_domain/sources/paragraphs";
import { parseStringArray } from "../db-helpers/json-columns";
import { checkEditor, type EditOutcome, type Editor } from "./editor";
import { recordRevision } from "./revisions";

const SOURCE_FIELDS = {
  key: true, titleJa: true, titleEn: true, publisherJa: true, publisherEn: true, seriesJa: true, seriesEn: true, number: true,
  publishedOn: true, authorJa: true, authorEn: true, authorRoleJa: true, authorRoleEn: true, url: true, paragraphs: true,
} as const;

export type StoredSource = Omit<SourceEditInput, "originalKey">;

export async function readStoredSource(db: Db, key: string): Promise<StoredSource | null> {
  const row = await db.source.findUnique({ where: { key }, select: SOURCE_FIELDS });
  if (!row) return null;
  const { paragraphs, ...rest } = row;
  return { ...rest, text: parseStringArray(paragraphs).join("\n") };
}

export async function writeSource(db: Db, editor: Editor, source: StoredSource, action: "create" | "update" | "revert"): Promise<void> {
  const before = await readStoredSource(db, source.key);
  const { key, text, ...rest } = source;
  const data = { ...rest, paragraphs: JSON.stringify(splitParagraphs(text)) };
  await db.$transaction(async (tx) => {
    await tx.source.upsert({ where: { key }, create: { key, ...data }, update: data });
    const after = { ...source, text: splitParagraphs(text).join("\n") };
    await recordRevision(tx, editor, "source", key, before, after, before ? action : action === "revert" ? "revert" : "create");
  });
}

export async function saveSource(db: Db, editor: Editor | null, input: SourceEditInput): Promise<EditOutcome<{ key: string }>> {
  const refused = checkEditor(editor);
  if (refused) return refused;
  const { originalKey, ...source } = input;
  if (originalKey !== null && originalKey !== source.key) return { ok: false, error: "invalid", field: "key" };
  const exists = (await db.source.count({ where: { key: source.key } })) > 0;
  if (originalKey === null && exists) return { ok: false, error: "keyTaken", field: "key" };
  if (originalKey !== null && !exists) return { ok: false, error: "notFound" };
  await writeSource(db, editor!, source, originalKey === null ? "create" : "update");
  return { ok: true, value: { key: source.key } };
}

/** Deletes a source that no fact or term rests on (deleting those with it would be one click too easy). */
export async function deleteSource(db: Db, editor: Editor | null, key: string): Promise<EditOutcome<{ key: string }>> {
  const refused = checkEditor(editor);
  if (refused) return refused;
  const before = await readStoredSource(db, key);
  if (!before) return { ok: false, error: "notFound" };
  const used = (await db.fact.count({ where: { source: { key } } })) + (await db.term.count({ where: { source: { key } } }));
  if (used > 0) return { ok: false, error: "sourceInUse" };
  await db.$transaction(async (tx) => {
    await tx.source.delete({ where: { key } });
    await recordRevision(tx, editor!, "source", key, before, null, "delete");
  });
  return { ok: true, value: { key } };
}

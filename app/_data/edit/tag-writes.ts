// A tag's labels in Japanese and English, edited in the app (the import creates tags by key only).
import type { Db } from "../prisma-client";
import type { TagRecord } from "../../_schemas/interchange";
import { checkEditor, type EditOutcome, type Editor } from "./editor";
import { recordRevision } from "./revisions";

export async function readStoredTag(db: Db, key: string): Promise<TagRecord | null> {
  return db.tag.findUnique({ where: { key }, select: { key: true, labelJa: true, labelEn: true } });
}

export async function writeTag(db: Db, editor: Editor, tag: TagRecord, action: "update" | "revert"): Promise<EditOutcome<{ key: string }>> {
  const before = await readStoredTag(db, tag.key);
  if (!before) return { ok: false, error: "notFound", field: "key" };
  await db.$transaction(async (tx) => {
    await tx.tag.update({ where: { key: tag.key }, data: { labelJa: tag.labelJa, labelEn: tag.labelEn } });
    await recordRevision(tx, editor, "tag", tag.key, before, tag, action);
  });
  return { ok: true, value: { key: tag.key } };
}

export async function saveTag(db: Db, editor: Editor | null, tag: TagRecord): Promise<EditOutcome<{ key: string }>> {
  const refused = checkEditor(editor);
  if (refused) return refused;
  return writeTag(db, editor!, tag, "update");
}

/** Every tag with its labels, by key. */
export async function listAllTags(db: Db): Promise<TagRecord[]> {
  const rows = await db.tag.findMany({ select: { key: true, labelJa: true, labelEn: true } });
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

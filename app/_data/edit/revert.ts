// Reverting a revision writes back the record as it was before that revision (or removes a record the
// revision created). The revert is itself a revision, so it can be reverted too.
import type { Db } from "../prisma-client";
import { z } from "zod";
import { deckRecord, entityRecord, factRecord, tagRecord, termRecord } from "../../_schemas/interchange";
import { sourceEditInput } from "../../_schemas/edit";
import { checkEditor, type EditOutcome, type Editor } from "./editor";
import { readRevision, recordRevision } from "./revisions";
import { readStoredFact, writeFact } from "./fact-writes";
import { readStoredSource, writeSource } from "./source-writes";
import { writeTag } from "./tag-writes";
import { deleteRecord, writeDeck, writeEntity, writeTerm } from "./record-writes";

const storedFact = factRecord.extend({ published: z.boolean() });
const storedSource = sourceEditInput.omit({ originalKey: true });

export async function revertRevision(db: Db, editor: Editor | null, revisionId: string): Promise<EditOutcome<{ kind: string; key: string }>> {
  const refused = checkEditor(editor);
  if (refused) return refused;
  const revision = await readRevision(db, revisionId);
  if (!revision) return { ok: false, error: "notFound" };
  const { kind, recordKey: key, before } = revision;
  const done = { ok: true as const, value: { kind, key } };
  if (before === null) {
    // The revision created the record: reverting it removes the record (and, for a fact, its cards).
    if (kind === "term" || kind === "entity" || kind === "deck") {
      // Refused, like a deletion, for a deck that holds facts or an entity a fact names.
      const removed = await deleteRecord(db, editor, kind, key, "revert");
      return removed.ok ? done : removed.error === "notFound" ? { ok: false, error: "nothingToRevert" } : removed;
    }
    if (kind === "fact") {
      const current = await readStoredFact(db, key);
      if (!current) return { ok: false, error: "nothingToRevert" };
      const { id: _id, position: _position, ...state } = current;
      await db.$transaction(async (tx) => {
        await tx.fact.delete({ where: { key } });
        await recordRevision(tx, editor!, "fact", key, state, null, "revert");
      });
      return done;
    }
    return { ok: false, error: "nothingToRevert" };
  }
  if (kind === "fact") {
    const parsed = storedFact.safeParse(before);
    if (!parsed.success) return { ok: false, error: "nothingToRevert" };
    const refs = await Promise.all([
      db.source.count({ where: { key: parsed.data.sourceKey } }),
      db.deck.count({ where: { key: parsed.data.deckKey } }),
    ]);
    if (refs.includes(0)) return { ok: false, error: "unknownReference" };
    await writeFact(db, editor!, parsed.data, "revert");
    return done;
  }
  if (kind === "deck" || kind === "entity" || kind === "term") {
    const schema = kind === "deck" ? deckRecord : kind === "entity" ? entityRecord : termRecord.extend({ published: z.boolean() });
    const parsed = schema.safeParse(before);
    if (!parsed.success) return { ok: false, error: "nothingToRevert" };
    if (kind === "deck") await writeDeck(db, editor!, parsed.data as z.output<typeof deckRecord>, "revert");
    else if (kind === "entity") await writeEntity(db, editor!, parsed.data as z.output<typeof entityRecord>, "revert");
    else {
      const term = parsed.data as z.output<typeof termRecord> & { published: boolean };
      const refs = await Promise.all([db.source.count({ where: { key: term.sourceKey } }), db.deck.count({ where: { key: term.deckKey } })]);
      if (refs.includes(0)) return { ok: false, error: "unknownReference" };
      await writeTerm(db, editor!, term, "revert");
    }
    return done;
  }
  if (kind === "tag") {
    const parsed = tagRecord.safeParse(before);
    if (!parsed.success) return { ok: false, error: "nothingToRevert" };
    const written = await writeTag(db, editor!, parsed.data, "revert");
    return written.ok ? done : written;
  }
  const parsed = storedSource.safeParse(before);
  if (!parsed.success || (await readStoredSource(db, key)) === undefined) return { ok: false, error: "nothingToRevert" };
  await writeSource(db, editor!, parsed.data, "revert");
  return done;
}

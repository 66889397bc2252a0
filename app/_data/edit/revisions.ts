// Every content change is a revision: who, when, which fields, their old and new values, and the whole
// record before the change, so that any revision can be undone by writing that record back.
import type { Db } from "../prisma-client";
import type { Prisma } from "../../../prisma/generated/sqlite/client";
import { parseJson } from "../db-helpers/json-columns";
import type { Editor } from "./editor";

export type RevisionKind = "source" | "deck" | "entity" | "fact" | "term" | "tag";
export type RevisionAction = "create" | "update" | "delete" | "revert";
export type FieldChange = { old: unknown; new: unknown };

type Tx = Prisma.TransactionClient;
type Fields = Record<string, unknown>;

/** The fields whose values differ between two states of a record (a missing state counts as empty). */
export function changedFields(before: Fields | null, after: Fields | null): Record<string, FieldChange> {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: Record<string, FieldChange> = {};
  for (const name of names) {
    const old = before?.[name] ?? null;
    const now = after?.[name] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(now)) out[name] = { old, new: now };
  }
  return out;
}

export async function recordRevision(
  tx: Tx,
  editor: Editor,
  kind: RevisionKind,
  recordKey: string,
  before: object | null,
  after: object | null,
  action: RevisionAction,
): Promise<void> {
  await tx.revision.create({
    data: {
      kind,
      recordKey,
      action,
      userId: editor.id,
      changes: JSON.stringify(changedFields(before as Fields | null, after as Fields | null)),
      before: before ? JSON.stringify(before) : null,
    },
  });
}

export type RevisionView = {
  id: string;
  action: RevisionAction;
  at: Date;
  by: string | null;
  changes: Record<string, FieldChange>;
};

/** A record's revisions, newest first. */
export async function listRevisions(db: Db, kind: RevisionKind, recordKey: string): Promise<RevisionView[]> {
  const rows = await db.revision.findMany({
    where: { kind, recordKey },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, action: true, createdAt: true, changes: true, user: { select: { username: true } } },
    take: 100,
  });
  return rows.map((r) => ({
    id: r.id,
    action: r.action as RevisionAction,
    at: r.createdAt,
    by: r.user?.username ?? null,
    changes: parseJson(r.changes, {}) as Record<string, FieldChange>,
  }));
}

/** One revision: its record and the state before it (null: the revision created the record). */
export async function readRevision(db: Db, id: string): Promise<{ kind: RevisionKind; recordKey: string; before: unknown } | null> {
  const row = await db.revision.findUnique({ where: { id }, select: { kind: true, recordKey: true, before: true } });
  return row ? { kind: row.kind as RevisionKind, recordKey: row.recordKey, before: row.before === null ? null : parseJson(row.before, null) } : null;
}

// Decks, entities and terms from the editing screens: each checked as the import checks it, written in
// one transaction with its revision. Deleting a deck or an entity that facts use is refused (the
// cascade would silently take facts or their answers with it); deleting a term takes its cards.
import type { Db } from "../prisma-client";
import { FORMAT, type DeckRecord, type EntityRecord, type TermRecord } from "../../_schemas/interchange";
import type { DeckEditInput, EntityEditInput, TermEditInput } from "../../_schemas/edit";
import { checkReferences } from "../interchange/validate";
import { termColumns } from "../interchange/storage-columns";
import { toEntityRecord, toTermRecord } from "../interchange/records";
import { linkTags } from "../tags/link-tags";
import { tagKeysSelect } from "../tags/tag-keys";
import { buildSearchText } from "../../_domain/search/fold-for-search";
import { locatePassage } from "../../_domain/sources/paragraphs";
import { checkEditor, type EditOutcome, type Editor } from "./editor";
import { recordRevision } from "./revisions";
import { sourceParagraphs } from "./fact-writes";

export type StoredTerm = TermRecord & { published: boolean };
type Kind = "deck" | "entity" | "term";

// ───────────── reads ─────────────

export async function readStoredDeck(db: Db, key: string): Promise<DeckRecord | null> {
  const d = await db.deck.findUnique({
    where: { key },
    select: { key: true, nameJa: true, nameEn: true, descriptionJa: true, descriptionEn: true, position: true, parent: { select: { key: true } }, source: { select: { key: true } } },
  });
  if (!d) return null;
  const { parent, source, ...rest } = d;
  return { ...rest, parentKey: parent?.key ?? null, sourceKey: source?.key ?? null };
}

export async function readStoredEntity(db: Db, key: string): Promise<EntityRecord | null> {
  const e = await db.entity.findUnique({ where: { key } });
  return e ? toEntityRecord(e) : null;
}

export async function readStoredTerm(db: Db, key: string): Promise<StoredTerm | null> {
  const t = await db.term.findUnique({
    where: { key },
    include: { source: { select: { key: true } }, deck: { select: { key: true } }, tags: tagKeysSelect },
  });
  return t ? { ...toTermRecord(t), published: t.published } : null;
}

// ───────────── checks shared by the three ─────────────

async function keyCheck(db: Db, kind: Kind, key: string, originalKey: string | null): Promise<EditOutcome<null>> {
  if (originalKey !== null && originalKey !== key) return { ok: false, error: "invalid", field: "key" };
  const exists = (await (db[kind] as unknown as { count(a: object): Promise<number> }).count({ where: { key } })) > 0;
  if (originalKey === null && exists) return { ok: false, error: "keyTaken", field: "key" };
  if (originalKey !== null && !exists) return { ok: false, error: "notFound" };
  return { ok: true, value: null };
}

async function referenceCheck(db: Db, doc: { decks?: DeckRecord[]; terms?: TermRecord[] }): Promise<EditOutcome<null>> {
  const [issue] = await checkReferences(db, { format: FORMAT, sources: [], decks: doc.decks ?? [], entities: [], facts: [], terms: doc.terms ?? [] });
  return issue ? { ok: false, error: issue.code as "unknownReference", field: issue.field } : { ok: true, value: null };
}

// ───────────── writes (no checks: they were made, or this is a revert to a state once saved) ─────────────

export async function writeDeck(db: Db, editor: Editor, deck: DeckRecord, action: "create" | "update" | "revert"): Promise<void> {
  const before = await readStoredDeck(db, deck.key);
  await db.$transaction(async (tx) => {
    const parent = deck.parentKey ? await tx.deck.findUnique({ where: { key: deck.parentKey }, select: { id: true } }) : null;
    const source = deck.sourceKey ? await tx.source.findUnique({ where: { key: deck.sourceKey }, select: { id: true } }) : null;
    const data = {
      nameJa: deck.nameJa, nameEn: deck.nameEn, descriptionJa: deck.descriptionJa, descriptionEn: deck.descriptionEn, position: deck.position,
      parentId: parent?.id ?? null, sourceId: source?.id ?? null,
    };
    await tx.deck.upsert({ where: { key: deck.key }, create: { key: deck.key, ...data }, update: data });
    await recordRevision(tx, editor, "deck", deck.key, before, deck, before ? action : "create");
  });
}

export async function writeEntity(db: Db, editor: Editor, e: EntityRecord, action: "create" | "update" | "revert"): Promise<void> {
  const before = await readStoredEntity(db, e.key);
  const data = {
    type: e.type, nameJa: e.nameJa, nameEn: e.nameEn, readingJa: e.readingJa, aliasesJa: JSON.stringify(e.aliasesJa), aliasesEn: JSON.stringify(e.aliasesEn),
    descriptionJa: e.descriptionJa, descriptionEn: e.descriptionEn, searchText: buildSearchText([e.nameJa, e.nameEn, e.readingJa, e.aliasesJa, e.aliasesEn]),
  };
  await db.$transaction(async (tx) => {
    await tx.entity.upsert({ where: { key: e.key }, create: { key: e.key, ...data }, update: data });
    await recordRevision(tx, editor, "entity", e.key, before, e, before ? action : "create");
  });
}

export async function writeTerm(db: Db, editor: Editor, term: StoredTerm, action: "create" | "update" | "revert"): Promise<void> {
  const before = await readStoredTerm(db, term.key);
  await db.$transaction(async (tx) => {
    const [source, deck] = await Promise.all([
      tx.source.findUniqueOrThrow({ where: { key: term.sourceKey }, select: { id: true } }),
      tx.deck.findUniqueOrThrow({ where: { key: term.deckKey }, select: { id: true } }),
    ]);
    const existing = await tx.term.findUnique({ where: { key: term.key }, select: { position: true } });
    const position = existing?.position ?? (await tx.term.count({ where: { deckId: deck.id } }));
    const data = { ...termColumns(term, position, source.id, deck.id), published: term.published };
    // Updated in place: learners' cards of the term keep their schedule.
    const row = await tx.term.upsert({ where: { key: term.key }, create: { key: term.key, ...data }, update: data, select: { id: true } });
    await linkTags(tx, "term", new Map([[row.id, term.tags]]));
    await recordRevision(tx, editor, "term", term.key, before, term, before ? action : "create");
  });
}

// ───────────── entry points ─────────────

export async function saveDeck(db: Db, editor: Editor | null, input: DeckEditInput): Promise<EditOutcome<{ key: string }>> {
  const refused = checkEditor(editor);
  if (refused) return refused;
  const { originalKey, ...deck } = input;
  for (const check of [() => keyCheck(db, "deck", deck.key, originalKey), () => referenceCheck(db, { decks: [deck] })]) {
    const outcome = await check();
    if (!outcome.ok) return outcome;
  }
  // A deck cannot sit below itself or its own sub-decks.
  for (let at = deck.parentKey, seen = 0; at && seen < 100; seen++) {
    if (at === deck.key) return { ok: false, error: "invalid", field: "parentKey" };
    at = (await readStoredDeck(db, at))?.parentKey ?? null;
  }
  await writeDeck(db, editor!, deck, originalKey === null ? "create" : "update");
  return { ok: true, value: { key: deck.key } };
}

export async function saveEntity(db: Db, editor: Editor | null, input: EntityEditInput): Promise<EditOutcome<{ key: string }>> {
  const refused = checkEditor(editor);
  if (refused) return refused;
  const { originalKey, ...entity } = input;
  const keyed = await keyCheck(db, "entity", entity.key, originalKey);
  if (!keyed.ok) return keyed;
  await writeEntity(db, editor!, entity, originalKey === null ? "create" : "update");
  return { ok: true, value: { key: entity.key } };
}

export async function saveTerm(db: Db, editor: Editor | null, input: TermEditInput): Promise<EditOutcome<{ key: string }>> {
  const refused = checkEditor(editor);
  if (refused) return refused;
  const { originalKey, ...term } = input;
  for (const check of [() => keyCheck(db, "term", term.key, originalKey), () => referenceCheck(db, { terms: [term] })]) {
    const outcome = await check();
    if (!outcome.ok) return outcome;
  }
  const paragraphs = await sourceParagraphs(db, term.sourceKey);
  if (paragraphs && paragraphs.length > 0 && locatePassage(paragraphs, term.passage) === null) return { ok: false, error: "passageNotInSource", field: "passage" };
  await writeTerm(db, editor!, term, originalKey === null ? "create" : "update");
  return { ok: true, value: { key: term.key } };
}

export async function deleteRecord(db: Db, editor: Editor | null, kind: Kind, key: string, action: "delete" | "revert" = "delete"): Promise<EditOutcome<{ key: string }>> {
  const refused = checkEditor(editor);
  if (refused) return refused;
  const before = kind === "deck" ? await readStoredDeck(db, key) : kind === "entity" ? await readStoredEntity(db, key) : await readStoredTerm(db, key);
  if (!before) return { ok: false, error: "notFound" };
  if (kind === "deck") {
    const used = (await db.fact.count({ where: { deck: { key } } })) + (await db.term.count({ where: { deck: { key } } })) + (await db.deck.count({ where: { parent: { key } } }));
    if (used > 0) return { ok: false, error: "inUse" };
  }
  if (kind === "entity" && (await db.factEntity.count({ where: { entity: { key } } })) > 0) return { ok: false, error: "inUse" };
  await db.$transaction(async (tx) => {
    await (tx[kind] as unknown as { delete(a: object): Promise<unknown> }).delete({ where: { key } });
    await recordRevision(tx, editor!, kind, key, before, null, action);
  });
  return { ok: true, value: { key } };
}

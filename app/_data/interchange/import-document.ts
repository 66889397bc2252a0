// Import of the fact base in the interchange format (app/_schemas/interchange.ts). The document is
// validated first and written in one transaction: any error imports nothing.
import type { Db } from "../prisma-client";
import type { ImportResult } from "./import-result";
import { validateDocument } from "./validate";
import { factColumns, termColumns } from "./storage-columns";
import { linkTags } from "../tags/link-tags";
import { buildSearchText } from "../../_domain/search/fold-for-search";
import { inChunks } from "../db-helpers/chunks";

/** The ids of the rows that already have one of these keys. */
async function keyIds(
  delegate: { findMany(args: { where: { key: { in: string[] } }; select: { id: true; key: true } }): Promise<{ id: string; key: string }[]> },
  keys: string[],
): Promise<Map<string, string>> {
  const rows = await inChunks(keys, (part) => delegate.findMany({ where: { key: { in: part } }, select: { id: true, key: true } }));
  return new Map(rows.map((row) => [row.key, row.id]));
}

/** Validates and imports a document (parsed JSON). Existing records with the same key are updated. */
export async function importDocument(db: Db, input: unknown): Promise<ImportResult> {
  const validated = await validateDocument(db, input);
  if (!validated.ok) return validated;
  const doc = validated.doc;

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
        for (const [i, key] of f.answerEntityKeys.entries()) links.push({ factId, entityId: await idOf("entities", key), role: "answer" as const, position: i });
        for (const [i, key] of f.subjectEntityKeys.entries()) links.push({ factId, entityId: await idOf("entities", key), role: "subject" as const, position: i });
      }
      await tx.factEntity.createMany({ data: links });
      await linkTags(tx, "fact", new Map(doc.facts.map((f) => [factIds.get(f.key)!, f.tags])));

      const termData = [];
      for (const [position, t] of doc.terms.entries())
        termData.push({ key: t.key, ...termColumns(t, position, await idOf("sources", t.sourceKey), await idOf("decks", t.deckKey)) });
      const termIds = await keyIds(tx.term, termData.map((t) => t.key));
      for (const { key, ...data } of termData.filter((t) => termIds.has(t.key))) await tx.term.update({ where: { key }, data });
      for (const row of await tx.term.createManyAndReturn({ data: termData.filter((t) => !termIds.has(t.key)), select: { id: true, key: true } }))
        termIds.set(row.key, row.id);
      await linkTags(tx, "term", new Map(doc.terms.map((t) => [termIds.get(t.key)!, t.tags])));
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

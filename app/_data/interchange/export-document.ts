// Export of the fact base in the interchange format. Deterministic, so export → import into an empty
// database → export is identical.
import type { Db } from "../prisma-client";
import { FORMAT, type DeckRecord, type InterchangeDocument, type SourceRecord } from "../../_schemas/interchange";
import { decksUnder } from "../../_domain/decks/deck-tree";
import { toEntityRecord, toFactRecord, toTermRecord } from "./records";
import { tagKeysSelect } from "../tags/tag-keys";

/** Exports the whole fact base, or one deck with its sub-decks and what their facts refer to. */
export async function exportDocument(db: Db, options: { deckKey?: string } = {}): Promise<InterchangeDocument | null> {
  const allDecks = await db.deck.findMany({ include: { parent: { select: { key: true } }, source: { select: { key: true } } } });
  const chosen = options.deckKey ? decksUnder(allDecks, [options.deckKey]) : allDecks;
  if (!chosen) return null;
  const deckIds = new Set(chosen.map((d) => d.id));
  const scope = options.deckKey ? { deckId: { in: [...deckIds] } } : {};
  const [facts, terms] = await Promise.all([
    db.fact.findMany({
      where: scope,
      orderBy: [{ position: "asc" }, { key: "asc" }],
      include: {
        source: { select: { key: true } },
        deck: { select: { key: true } },
        entities: { include: { entity: { select: { key: true } } }, orderBy: [{ role: "asc" }, { position: "asc" }] },
        tags: tagKeysSelect,
      },
    }),
    db.term.findMany({
      where: scope,
      orderBy: [{ position: "asc" }, { key: "asc" }],
      include: { source: { select: { key: true } }, deck: { select: { key: true } }, tags: tagKeysSelect },
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

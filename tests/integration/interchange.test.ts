import fs from "node:fs";
import path from "node:path";
import { createTestDatabase, providers } from "../support/test-database";
import { exportDocument } from "@/app/_data/interchange/export-document";
import { importDocument } from "@/app/_data/interchange/import-document";
import { seedDefaultDeck, defaultContentFiles } from "@/app/_data/seed-default-deck";
import { interchangeDocument, type InterchangeDocument } from "@/app/_schemas/interchange";
import type { Db } from "@/app/_data/prisma-client";

const seedFile = defaultContentFiles()[0];
const seedDoc = () => interchangeDocument.parse(JSON.parse(fs.readFileSync(seedFile, "utf8")));

describe.each(providers)("interchange import/export on %s", (provider) => {
  let first: Awaited<ReturnType<typeof createTestDatabase>>;
  let second: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(provider), createTestDatabase(provider)]);
    await seedDefaultDeck(first.prisma);
  });
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  const counts = async (db: Db) => ({
    sources: await db.source.count(),
    decks: await db.deck.count(),
    entities: await db.entity.count(),
    facts: await db.fact.count(),
    terms: await db.term.count(),
  });

  test("the seed loads every record of the default deck", async () => {
    const doc = seedDoc();
    expect(await counts(first.prisma)).toEqual({
      sources: doc.sources.length,
      decks: doc.decks.length,
      entities: doc.entities.length,
      facts: doc.facts.length,
      terms: doc.terms.length,
    });
  });

  test("export → import into an empty database → export is identical (and matches the seed file)", async () => {
    const exported = await exportDocument(first.prisma);
    const result = await importDocument(second.prisma, exported);
    expect(result.ok).toBe(true);
    const again = await exportDocument(second.prisma);
    expect(JSON.stringify(again)).toBe(JSON.stringify(exported));
    // Nothing of the seed file is lost on the way in (export orders entities by key).
    const byKey = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => a.key.localeCompare(b.key));
    const seed = seedDoc();
    for (const collection of ["sources", "decks", "entities", "facts", "terms"] as const)
      expect(byKey(exported![collection] as { key: string }[])).toEqual(byKey(seed[collection] as { key: string }[]));
  });

  test("one deck exports with its sub-decks, and round-trips on its own", async () => {
    const doc = seedDoc();
    const child = doc.decks.find((d) => d.parentKey !== null)!;
    const exported = (await exportDocument(first.prisma, { deckKey: child.key }))!;
    expect(exported.decks.map((d) => d.key)).toContain(child.key);
    expect(exported.decks.find((d) => d.key === child.key)!.parentKey).toBeNull();
    expect(exported.facts.every((f) => exported.decks.some((d) => d.key === f.deckKey))).toBe(true);
    expect(exported.facts.length).toBe(doc.facts.filter((f) => f.deckKey === child.key).length);
    const third = await createTestDatabase(provider);
    try {
      expect((await importDocument(third.prisma, exported)).ok).toBe(true);
      expect(JSON.stringify(await exportDocument(third.prisma, { deckKey: child.key }))).toBe(JSON.stringify(exported));
    } finally {
      await third.drop();
    }
    expect(await exportDocument(first.prisma, { deckKey: "no-such-deck" })).toBeNull();
  });

  test("an invalid record imports nothing and is reported by record and field", async () => {
    const empty = await createTestDatabase(provider);
    try {
      const doc = seedDoc() as InterchangeDocument;
      const broken = structuredClone(doc) as unknown as { facts: Record<string, unknown>[] };
      broken.facts[3].questionEn = "";
      broken.facts[5].deckKey = "missing-deck";
      const result = await importDocument(empty.prisma, broken);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues).toContainEqual(expect.objectContaining({ record: "facts[3]", field: "questionEn", key: doc.facts[3].key }));
      expect(await empty.prisma.fact.count()).toBe(0);

      const refs = structuredClone(doc);
      refs.facts[5].deckKey = "missing-deck";
      refs.facts.push({ ...refs.facts[0] });
      const refResult = await importDocument(empty.prisma, refs);
      expect(refResult.ok).toBe(false);
      if (refResult.ok) return;
      expect(refResult.issues).toContainEqual(
        expect.objectContaining({ record: "facts[5]", field: "deckKey", code: "unknownReference", params: { target: "missing-deck" } }),
      );
      expect(refResult.issues).toContainEqual(expect.objectContaining({ code: "duplicateKey", key: doc.facts[0].key }));
      expect(await counts(empty.prisma)).toEqual({ sources: 0, decks: 0, entities: 0, facts: 0, terms: 0 });
    } finally {
      await empty.drop();
    }
  });

  test("a failure inside the transaction rolls everything back", async () => {
    const empty = await createTestDatabase(provider);
    try {
      const doc = seedDoc();
      // Passes validation, then collides in the database: a fact key equal to an existing term's
      // is fine, but two decks pointing at each other only fail when linking parents.
      doc.decks.push({ ...doc.decks[0], key: "loop-a", parentKey: "loop-b" }, { ...doc.decks[0], key: "loop-b", parentKey: "loop-a" });
      const result = await importDocument(empty.prisma, doc);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => i.code)).toContain("deckCycle");
      expect(await empty.prisma.deck.count()).toBe(0);
    } finally {
      await empty.drop();
    }
  });

  test("a deck cycle formed across two imports (X→Y, then Y→X) is refused and writes nothing", async () => {
    const empty = await createTestDatabase(provider);
    try {
      const base = seedDoc();
      const deck = (key: string, parentKey: string | null) => ({ ...base.decks[0], key, parentKey });
      const firstImport = { ...base, decks: [...base.decks, deck("deck.y", null), deck("deck.x", "deck.y")] };
      expect((await importDocument(empty.prisma, firstImport)).ok).toBe(true);
      const before = await exportDocument(empty.prisma);

      // The second file holds only Y, now under X: together with the stored X→Y that is X→Y→X.
      const second = { ...base, sources: base.sources, decks: [deck("deck.y", "deck.x")], entities: [], facts: [], terms: [] };
      const result = await importDocument(empty.prisma, second);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ record: "decks[0]", key: "deck.y", field: "parentKey", code: "deckCycle" }));
      expect(await exportDocument(empty.prisma)).toEqual(before);

      // Moving Y under X is fine once X no longer sits under Y in the same file.
      const moved = await importDocument(empty.prisma, { ...second, decks: [deck("deck.x", null), deck("deck.y", "deck.x")] });
      expect(moved.ok).toBe(true);
    } finally {
      await empty.drop();
    }
  });

  test("searchText folds width, case and kana so either language finds a fact", async () => {
    const rows = await first.prisma.fact.findMany({ where: { searchText: { contains: "admmぷらす" } }, select: { key: true } });
    expect(rows.length).toBeGreaterThan(0);
  });
});

test("the seed file is the in-repo content", () => {
  expect(path.relative(process.cwd(), seedFile)).toBe(path.join("prisma", "content", "nids-commentary-289.json"));
});

// Tag filtering on real databases: the fact list's tag filter and the quiz pool's (a base above the
// whole-base limit, so the pool's own SQL chooses the facts). Tags are rows, matched by key: characters
// that are wildcards in LIKE (`_`, `%`) match only themselves, and a tag combines with a deck subtree.
import { describeEachDatabase } from "../support/test-database";
import { importDocument } from "@/app/_data/interchange/import-document";
import { exportDocument } from "@/app/_data/interchange/export-document";
import { searchFacts } from "@/app/_data/facts/search-facts";
import { listTags } from "@/app/_data/facts/list-tags";
import { listTerms } from "@/app/_data/facts/glossary";
import { loadQuizPool, WHOLE_BASE_LIMIT } from "@/app/_data/quiz/load-pool";
import { QUESTION_TYPES, type QuizConfig } from "@/app/_domain/quiz/types";
import { FORMAT, type FactRecord, type InterchangeDocument } from "@/app/_schemas/interchange";

// Four tags per deck, in turn: `ewg_1` and `ewgx1` (what `ewg_1` matches as a LIKE pattern), `plus-1`
// and `plus-10` (a prefix of the other).
const TAG_CYCLE = [["ewg_1"], ["ewgx1"], ["plus-1", "ewgx1"], ["plus-10"]];
const DECKS = [
  { key: "root", parentKey: null, facts: 0 },
  { key: "root.a", parentKey: "root", facts: 320 },
  { key: "root.a.deep", parentKey: "root.a", facts: 80 },
  { key: "root.b", parentKey: "root", facts: 160 },
  { key: "other", parentKey: null, facts: 160 },
];

function fact(deckKey: string, i: number): FactRecord {
  return {
    key: `${deckKey}.f${i}`,
    sourceKey: "src",
    deckKey,
    answerType: "year",
    answerEntityKeys: [],
    answerValue: String(1900 + (i % 100)),
    subjectEntityKeys: [],
    questionJa: `問${i}`,
    questionEn: `Question ${i}`,
    statementJa: `${1900 + (i % 100)}年の出来事${i}。`,
    statementEn: `Event ${i} of ${1900 + (i % 100)}.`,
    answerTextJa: `${1900 + (i % 100)}年`,
    answerTextEn: String(1900 + (i % 100)),
    acceptedJa: [],
    acceptedEn: [],
    explanationJa: "",
    explanationEn: "",
    passage: `原文${i}`,
    locatorJa: "第1段落",
    locatorEn: "Paragraph 1",
    paragraph: 1,
    tags: TAG_CYCLE[i % TAG_CYCLE.length],
    difficulty: 2,
    series: null,
    event: null,
  };
}

const document: InterchangeDocument = {
  format: FORMAT,
  sources: [
    {
      key: "src", titleJa: "題", titleEn: "Title", publisherJa: "発行", publisherEn: "Publisher", seriesJa: "", seriesEn: "",
      number: "", publishedOn: "2024-01-01", authorJa: "著者", authorEn: "Author", authorRoleJa: "", authorRoleEn: "", url: null,
    },
  ],
  decks: DECKS.map((d, position) => ({ key: d.key, parentKey: d.parentKey, sourceKey: "src", nameJa: d.key, nameEn: d.key, descriptionJa: "", descriptionEn: "", position })),
  entities: [],
  facts: DECKS.flatMap((d) => Array.from({ length: d.facts }, (_, i) => fact(d.key, i))),
  terms: [
    { key: "term.a", sourceKey: "src", deckKey: "root.a", ja: "用語", readingJa: "ようご", en: "term", aliasesJa: [], aliasesEn: [], definitionJa: "定義", definitionEn: "Definition", passage: "原文", locatorJa: "用語集", locatorEn: "Glossary", tags: ["ewg_1", "glossary"] },
  ],
};

const inRoot = new Set(["root", "root.a", "root.a.deep", "root.b"]);
const tagged = (tag: string, decks: (d: string) => boolean) =>
  DECKS.filter((d) => decks(d.key)).reduce((n, d) => n + Array.from({ length: d.facts }, (_, i) => TAG_CYCLE[i % TAG_CYCLE.length]).filter((t) => t.includes(tag)).length, 0);

const config = (over: Partial<QuizConfig>): QuizConfig => ({
  deckKeys: "all",
  tags: [],
  count: 20,
  types: [...QUESTION_TYPES],
  direction: "ja-en",
  seed: "tags",
  ...over,
});

describeEachDatabase("tag filters", (db) => {
  beforeAll(async () => {
    expect(document.facts.length).toBeGreaterThan(WHOLE_BASE_LIMIT);
    const result = await importDocument(db.prisma, document);
    expect(result.ok).toBe(true);
  }, 300_000);

  test("import makes one Tag row per key and export gives each record's tags back in its order", async () => {
    expect(await listTags(db.prisma)).toEqual(["ewg_1", "ewgx1", "plus-1", "plus-10"]);
    expect((await db.prisma.tag.findMany({ select: { key: true } })).map((t) => t.key).sort()).toEqual(["ewg_1", "ewgx1", "glossary", "plus-1", "plus-10"]);
    const exported = (await exportDocument(db.prisma))!;
    expect(exported.facts.map((f) => f.tags)).toEqual(document.facts.map((f) => f.tags));
    expect(exported.terms.map((t) => t.tags)).toEqual([["ewg_1", "glossary"]]);
    const terms = await listTerms(db.prisma, { deck: "root" });
    expect(terms.map((t) => t.tags)).toEqual([["ewg_1", "glossary"]]);
  });

  test("the fact list: `_` is no wildcard, a tag is not a prefix, and a tag combines with a deck subtree", async () => {
    const all = await searchFacts(db.prisma, { tag: "ewg_1" });
    expect(all.total).toBe(tagged("ewg_1", () => true));
    expect(all.items.every((f) => f.tags.includes("ewg_1"))).toBe(true);
    expect((await searchFacts(db.prisma, { tag: "ewgx1" })).total).toBe(tagged("ewgx1", () => true));
    expect((await searchFacts(db.prisma, { tag: "plus-1" })).total).toBe(tagged("plus-1", () => true));
    expect((await searchFacts(db.prisma, { tag: "ewg" })).total).toBe(0);

    const sub = await searchFacts(db.prisma, { tag: "ewg_1", deck: "root.a" });
    expect(sub.total).toBe(tagged("ewg_1", (d) => d.startsWith("root.a")));
    expect(sub.total).toBe(100);
    const deep = await searchFacts(db.prisma, { tag: "plus-10", deck: "root" });
    expect(deep.total).toBe(tagged("plus-10", (d) => inRoot.has(d)));
    for (let page = 1; page <= deep.pageCount; page++)
      for (const f of (await searchFacts(db.prisma, { tag: "plus-10", deck: "root", page })).items) {
        expect(f.tags).toEqual(["plus-10"]);
        expect(inRoot.has(f.deckKey)).toBe(true);
      }
  });

  test("the quiz pool's sample holds only facts of the tag, in the chosen subtree", async () => {
    for (const [tag, deckKeys] of [["ewg_1", ["root"]], ["plus-1", ["root.a"]], ["ewgx1", "all"]] as const) {
      for (const seed of ["one", "two", "three"]) {
        const loaded = (await loadQuizPool(db.prisma, config({ tags: [tag], deckKeys: deckKeys === "all" ? "all" : [...deckKeys], seed })))!;
        expect(loaded.pool.facts.length).toBeGreaterThan(0);
        expect(loaded.pool.facts.length).toBeLessThan(document.facts.length);
        for (const f of loaded.pool.facts) {
          expect(f.tags).toContain(tag);
          if (deckKeys !== "all") expect(f.deckKey.startsWith(deckKeys[0])).toBe(true);
        }
      }
    }
  });

  test("`%` in a stored tag matches only itself", async () => {
    // Keys from forms and files cannot hold `%`; a tag row written otherwise still must not act as a pattern.
    const percent = await db.prisma.tag.create({ data: { key: "100%" } });
    const facts = await db.prisma.fact.findMany({ where: { deck: { key: "root.b" } }, orderBy: { position: "asc" }, take: 3, select: { id: true } });
    await db.prisma.factTag.createMany({ data: facts.map((f) => ({ tagId: percent.id, factId: f.id, position: 5 })) });
    expect((await searchFacts(db.prisma, { tag: "100%" })).total).toBe(3);
    expect((await searchFacts(db.prisma, { tag: "%" })).total).toBe(0);
    expect((await searchFacts(db.prisma, { tag: "100%", deck: "root.b" })).items.map((f) => f.key).sort()).toEqual(["root.b.f0", "root.b.f1", "root.b.f2"]);
    // As a LIKE pattern over the old JSON column, `%` matched every tagged fact.
    const loaded = (await loadQuizPool(db.prisma, config({ tags: ["%"], deckKeys: ["root"] })))!;
    expect(loaded.pool.facts).toEqual([]);
  });
});

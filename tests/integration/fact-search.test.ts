// Fact search, tag filtering, the deck tree and the glossary on real databases, through the modules the
// fact pages' service calls. A small document of our own (imported like any file) makes every expected
// result exact. The tag tests say what a filter finds, not how tags are stored.
import { describeEachDatabase } from "../support/test-database";
import { importDocument } from "@/app/_data/interchange/import-document";
import { searchFacts } from "@/app/_data/facts/search-facts";
import { getFact } from "@/app/_data/facts/get-fact";
import { listTags } from "@/app/_data/facts/list-tags";
import { listTerms } from "@/app/_data/facts/glossary";
import { listDeckTree } from "@/app/_data/facts/deck-tree";
import { FACTS_PAGE_SIZE } from "@/app/_data/facts/types";

const SOURCE = {
  key: "src",
  titleJa: "第10回ADMMプラスの成果",
  titleEn: "Outcomes of the 10th ADMM-Plus",
  publisherJa: "防衛研究所",
  publisherEn: "NIDS",
  seriesJa: "NIDSコメンタリー",
  seriesEn: "NIDS Commentary",
  number: "289",
  publishedOn: "2023-12-12",
  authorJa: "庄司智孝",
  authorEn: "SHOJI Tomotaka",
  url: "https://example.org/289",
};

// root ─┬─ root.meetings ── root.meetings.tenth
//       └─ root.filler
// other (a second root, empty)
const DECKS = [
  { key: "root", parentKey: null, nameJa: "全体", nameEn: "All", position: 0 },
  { key: "root.meetings", parentKey: "root", nameJa: "会合", nameEn: "Meetings", position: 0 },
  { key: "root.meetings.tenth", parentKey: "root.meetings", nameJa: "第10回", nameEn: "10th", position: 0 },
  { key: "root.filler", parentKey: "root", nameJa: "その他", nameEn: "Other", position: 1 },
  { key: "other", parentKey: null, nameJa: "別", nameEn: "Elsewhere", position: 1 },
];

const cite = (paragraph: number) => ({ sourceKey: "src", passage: `第${paragraph}段落の原文。`, locatorJa: `第${paragraph}段落`, locatorEn: `paragraph ${paragraph}`, paragraph });

const NAMED_FACTS = [
  {
    key: "tenth-place",
    deckKey: "root.meetings.tenth",
    answerType: "text",
    questionJa: "第10回ADMMプラスの開催地は？",
    questionEn: "Where was the 10th ADMM-Plus held?",
    statementJa: "第10回ADMMプラスはジャカルタで開催された。",
    statementEn: "The 10th ADMM-Plus was held in Jakarta.",
    answerTextJa: "ジャカルタ",
    answerTextEn: "Jakarta",
    tags: ["co-chair", "meeting"],
    ...cite(1),
  },
  {
    key: "tenth-date",
    deckKey: "root.meetings.tenth",
    answerType: "date",
    answerValue: "2023-11-16",
    questionJa: "第10回会合はいつ開かれたか。",
    questionEn: "When was the 10th meeting held?",
    statementJa: "第10回会合は2023年11月16日に開かれた。",
    statementEn: "The 10th meeting was held on 16 November 2023.",
    answerTextJa: "2023年11月16日",
    answerTextEn: "16 November 2023",
    tags: ["chair"],
    ...cite(2),
  },
  {
    key: "launched",
    deckKey: "root.meetings",
    answerType: "year",
    answerValue: "2010",
    questionJa: "ＡＳＥＡＮ国防相会議の拡大会合はいつ発足したか。",
    questionEn: "When was the expanded meeting of ASEAN defence ministers launched?",
    statementJa: "ＡＳＥＡＮ国防相会議の拡大会合は2010年に発足した。",
    statementEn: "The expanded meeting of ASEAN defence ministers was launched in 2010.",
    answerTextJa: "2010年",
    answerTextEn: "2010",
    tags: ["co_chair", "history"],
    ...cite(3),
  },
  {
    key: "plus-members",
    deckKey: "root",
    answerType: "number",
    answerValue: "8",
    questionJa: "プラス国はいくつか。",
    questionEn: "How many Plus countries are there?",
    statementJa: "プラス国は8か国である。",
    statementEn: "There are 8 Plus countries.",
    answerTextJa: "8",
    answerTextEn: "8",
    tags: ["history"],
    ...cite(4),
  },
];

// Enough facts for three pages, all in one deck, in paragraph order after the named ones.
const FILLER_COUNT = 2 * FACTS_PAGE_SIZE + 6;
const FILLER_FACTS = Array.from({ length: FILLER_COUNT }, (_, i) => ({
  key: `filler-${String(i).padStart(2, "0")}`,
  deckKey: "root.filler",
  answerType: "number",
  answerValue: String(i),
  questionJa: `埋め草${i}の数は？`,
  questionEn: `What is the number of filler ${i}?`,
  statementJa: `埋め草の数は${i}である。`,
  statementEn: `The filler number is ${i}.`,
  answerTextJa: String(i),
  answerTextEn: String(i),
  tags: ["filler"],
  ...cite(10 + i),
}));

const TERMS = [
  {
    key: "admm-plus",
    deckKey: "root.meetings",
    ja: "拡大ASEAN国防相会議",
    readingJa: "かくだいあせあんこくぼうしょうかいぎ",
    en: "ADMM-Plus",
    aliasesJa: ["ADMMプラス"],
    definitionJa: "ASEAN国防相と域外8か国の国防相の会議。",
    definitionEn: "The meeting of ASEAN defence ministers with eight partners.",
    ...cite(1),
  },
  {
    key: "confidence-building",
    deckKey: "root.filler",
    ja: "信頼醸成",
    readingJa: "しんらいじょうせい",
    en: "confidence building",
    definitionJa: "相互の信頼を高める取り組み。",
    definitionEn: "Measures that raise mutual trust.",
    ...cite(5),
  },
];

const DOCUMENT = { format: "bilingual-study/v1", sources: [SOURCE], decks: DECKS, facts: [...NAMED_FACTS, ...FILLER_FACTS], terms: TERMS };
const TOTAL_FACTS = NAMED_FACTS.length + FILLER_COUNT;

const keysOf = (page: { items: { key: string }[] }) => page.items.map((f) => f.key);

describeEachDatabase("fact search", (db) => {
  beforeAll(async () => {
    const result = await importDocument(db.prisma, DOCUMENT);
    expect(result).toEqual(expect.objectContaining({ ok: true }));
  }, 120_000);

  describe("words, in Japanese and English, with folding", () => {
    test("a Japanese word finds the facts that contain it", async () => {
      expect(keysOf(await searchFacts(db.prisma, { q: "ジャカルタ" }))).toEqual(["tenth-place"]);
    });

    test("an English word finds the facts that contain it, whatever its case", async () => {
      expect(keysOf(await searchFacts(db.prisma, { q: "jakarta" }))).toEqual(["tenth-place"]);
      expect(keysOf(await searchFacts(db.prisma, { q: "JAKARTA" }))).toEqual(["tenth-place"]);
    });

    test("hiragana finds katakana, and katakana finds hiragana", async () => {
      expect(keysOf(await searchFacts(db.prisma, { q: "admmぷらす" }))).toEqual(["tenth-place"]);
      expect(keysOf(await searchFacts(db.prisma, { q: "ぷらす国" }))).toEqual(["plus-members"]);
      expect(keysOf(await searchFacts(db.prisma, { q: "8カ国" }))).toEqual(["plus-members"]);
    });

    test("full-width letters find half-width ones and the reverse", async () => {
      expect(keysOf(await searchFacts(db.prisma, { q: "ＡＤＭＭプラス" }))).toEqual(["tenth-place"]);
      expect(keysOf(await searchFacts(db.prisma, { q: "asean国防相" }))).toEqual(["launched"]);
      expect(keysOf(await searchFacts(db.prisma, { q: "ａｓｅａｎ" }))).toEqual(["launched"]);
    });

    test("every word must occur; words split on ASCII and ideographic spaces", async () => {
      expect(keysOf(await searchFacts(db.prisma, { q: "10th held" }))).toEqual(["tenth-place", "tenth-date"]);
      expect(keysOf(await searchFacts(db.prisma, { q: "10th　jakarta" }))).toEqual(["tenth-place"]);
      expect(keysOf(await searchFacts(db.prisma, { q: "jakarta 2010" }))).toEqual([]);
    });

    test("a blank query finds everything", async () => {
      expect((await searchFacts(db.prisma, { q: "  \u3000 " })).total).toBe(TOTAL_FACTS);
      expect((await searchFacts(db.prisma, {})).total).toBe(TOTAL_FACTS);
    });
  });

  describe("deck, answer type and tag filters", () => {
    test("a deck includes every deck below it", async () => {
      expect(keysOf(await searchFacts(db.prisma, { deck: "root.meetings" }))).toEqual(["tenth-place", "tenth-date", "launched"]);
      expect(keysOf(await searchFacts(db.prisma, { deck: "root.meetings.tenth" }))).toEqual(["tenth-place", "tenth-date"]);
      expect((await searchFacts(db.prisma, { deck: "root" })).total).toBe(TOTAL_FACTS);
      expect((await searchFacts(db.prisma, { deck: "other" })).total).toBe(0);
    });

    test("an unknown deck finds nothing and has no pages", async () => {
      expect(await searchFacts(db.prisma, { deck: "no-such-deck" })).toEqual({ items: [], total: 0, page: 1, pageCount: 0 });
      expect(await searchFacts(db.prisma, { deck: "no-such-deck", q: "jakarta" })).toEqual({ items: [], total: 0, page: 1, pageCount: 0 });
    });

    test("an answer type keeps the facts of that type; an unknown one is ignored", async () => {
      expect(keysOf(await searchFacts(db.prisma, { type: "year" }))).toEqual(["launched"]);
      expect(keysOf(await searchFacts(db.prisma, { type: "date" }))).toEqual(["tenth-date"]);
      expect((await searchFacts(db.prisma, { type: "number" })).total).toBe(FILLER_COUNT + 1);
      expect((await searchFacts(db.prisma, { type: "entity" })).total).toBe(0);
      expect((await searchFacts(db.prisma, { type: "no-such-type" })).total).toBe(TOTAL_FACTS);
    });

    test("a tag keeps the facts that carry exactly that tag", async () => {
      expect(keysOf(await searchFacts(db.prisma, { tag: "co-chair" }))).toEqual(["tenth-place"]);
      expect(keysOf(await searchFacts(db.prisma, { tag: "history" }))).toEqual(["launched", "plus-members"]);
      expect((await searchFacts(db.prisma, { tag: "filler" })).total).toBe(FILLER_COUNT);
    });

    test("a tag is matched whole, not inside a longer tag", async () => {
      expect(keysOf(await searchFacts(db.prisma, { tag: "chair" }))).toEqual(["tenth-date"]);
      expect(keysOf(await searchFacts(db.prisma, { tag: "hist" }))).toEqual([]);
      expect(keysOf(await searchFacts(db.prisma, { tag: "no-such-tag" }))).toEqual([]);
    });

    // When tags were JSON text matched with LIKE, "_" and "%" acted as wildcards (`?tag=%` listed every
    // tagged fact); tags are rows now, matched by key.
    for (const [tag, expected] of [["co_chair", ["launched"]], ["co%", []], ["%", []]] as const)
      test(`the tag "${tag}" is matched literally, not as a pattern`, async () => {
        expect(keysOf(await searchFacts(db.prisma, { tag }))).toEqual(expected);
      });

    test("filters combine with each other and with words", async () => {
      expect(keysOf(await searchFacts(db.prisma, { tag: "history", deck: "root.meetings" }))).toEqual(["launched"]);
      expect(keysOf(await searchFacts(db.prisma, { tag: "history", type: "number" }))).toEqual(["plus-members"]);
      expect(keysOf(await searchFacts(db.prisma, { tag: "history", q: "プラス" }))).toEqual(["plus-members"]);
      expect(keysOf(await searchFacts(db.prisma, { tag: "co-chair", deck: "root.filler" }))).toEqual([]);
    });

    test("the tag list has every tag once, sorted", async () => {
      expect(await listTags(db.prisma)).toEqual(["chair", "co-chair", "co_chair", "filler", "history", "meeting"]);
    });
  });

  describe("pages", () => {
    test("pages hold the page size, cover every fact once, in paragraph order", async () => {
      const first = await searchFacts(db.prisma, { page: 1 });
      expect(first).toEqual(expect.objectContaining({ total: TOTAL_FACTS, page: 1, pageCount: 3 }));
      const pages = [first, await searchFacts(db.prisma, { page: 2 }), await searchFacts(db.prisma, { page: 3 })];
      expect(pages.map((p) => p.items.length)).toEqual([FACTS_PAGE_SIZE, FACTS_PAGE_SIZE, TOTAL_FACTS - 2 * FACTS_PAGE_SIZE]);
      const all = pages.flatMap(keysOf);
      expect(all).toEqual([...NAMED_FACTS, ...FILLER_FACTS].map((f) => f.key));
    });

    test("a page below the first is the first, and one past the last is the last", async () => {
      expect(keysOf(await searchFacts(db.prisma, { page: 0 }))).toEqual(keysOf(await searchFacts(db.prisma, { page: 1 })));
      expect((await searchFacts(db.prisma, { page: -3 })).page).toBe(1);
      const beyond = await searchFacts(db.prisma, { page: 99 });
      expect(beyond.page).toBe(3);
      expect(keysOf(beyond)).toEqual(keysOf(await searchFacts(db.prisma, { page: 3 })));
    });

    test("pages count the filtered facts", async () => {
      const filtered = await searchFacts(db.prisma, { tag: "filler", page: 2 });
      expect(filtered).toEqual(expect.objectContaining({ total: FILLER_COUNT, page: 2, pageCount: 3 }));
      expect(filtered.items.every((f) => f.tags.includes("filler"))).toBe(true);
    });

    test("no match is one empty page", async () => {
      expect(await searchFacts(db.prisma, { q: "xyzzy", page: 4 })).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
    });
  });

  describe("what a fact shows", () => {
    test("a fact carries its deck, answer, tags and citation", async () => {
      const fact = await getFact(db.prisma, "tenth-place");
      expect(fact).toEqual({
        key: "tenth-place",
        deckKey: "root.meetings.tenth",
        deckNameJa: "第10回",
        deckNameEn: "10th",
        answerType: "text",
        questionJa: "第10回ADMMプラスの開催地は？",
        questionEn: "Where was the 10th ADMM-Plus held?",
        statementJa: "第10回ADMMプラスはジャカルタで開催された。",
        statementEn: "The 10th ADMM-Plus was held in Jakarta.",
        answerJa: "ジャカルタ",
        answerEn: "Jakarta",
        explanationJa: "",
        explanationEn: "",
        tags: ["co-chair", "meeting"],
        tagLabels: [
          { key: "co-chair", labelJa: "", labelEn: "" },
          { key: "meeting", labelJa: "", labelEn: "" },
        ],
        citation: {
          passage: "第1段落の原文。",
          locatorJa: "第1段落",
          locatorEn: "paragraph 1",
          sourceTitleJa: SOURCE.titleJa,
          sourceTitleEn: SOURCE.titleEn,
          sourceSeriesJa: SOURCE.seriesJa,
          sourceSeriesEn: SOURCE.seriesEn,
          sourceNumber: SOURCE.number,
          sourcePublishedOn: SOURCE.publishedOn,
          sourceAuthorJa: SOURCE.authorJa,
          sourceAuthorEn: SOURCE.authorEn,
          sourceUrl: SOURCE.url,
        },
      });
      expect((await searchFacts(db.prisma, { q: "jakarta" })).items[0]).toEqual(fact);
    });

    test("an unknown fact is null", async () => {
      expect(await getFact(db.prisma, "no-such-fact")).toBeNull();
    });
  });

  describe("deck tree", () => {
    test("decks in tree order, with depth and the facts and terms of their whole subtree", async () => {
      const tree = await listDeckTree(db.prisma);
      expect(tree.map(({ key, depth, factCount, termCount }) => ({ key, depth, factCount, termCount }))).toEqual([
        { key: "root", depth: 0, factCount: TOTAL_FACTS, termCount: 2 },
        { key: "root.meetings", depth: 1, factCount: 3, termCount: 1 },
        { key: "root.meetings.tenth", depth: 2, factCount: 2, termCount: 0 },
        { key: "root.filler", depth: 1, factCount: FILLER_COUNT, termCount: 1 },
        { key: "other", depth: 0, factCount: 0, termCount: 0 },
      ]);
    });
  });

  describe("glossary", () => {
    test("terms are found by Japanese, reading (either kana), alias and English, folded", async () => {
      const keys = async (q: string) => (await listTerms(db.prisma, { q })).map((t) => t.key);
      expect(await keys("信頼")).toEqual(["confidence-building"]);
      expect(await keys("シンライ")).toEqual(["confidence-building"]);
      expect(await keys("CONFIDENCE building")).toEqual(["confidence-building"]);
      expect(await keys("admmぷらす")).toEqual(["admm-plus"]);
      expect(await keys("ＡＳＥＡＮ")).toEqual(["admm-plus"]);
      expect(await keys("xyzzy")).toEqual([]);
    });

    test("all terms in reading order, with their aliases and citation", async () => {
      const terms = await listTerms(db.prisma, {});
      expect(terms.map((t) => t.key)).toEqual(["admm-plus", "confidence-building"]);
      expect(terms[0]).toEqual(
        expect.objectContaining({
          ja: "拡大ASEAN国防相会議",
          en: "ADMM-Plus",
          aliasesJa: ["ADMMプラス"],
          aliasesEn: [],
          citation: expect.objectContaining({ passage: "第1段落の原文。", sourceTitleEn: SOURCE.titleEn, sourceUrl: SOURCE.url }),
        }),
      );
    });

    test("a deck keeps its terms and those below it; an unknown deck has none", async () => {
      expect((await listTerms(db.prisma, { deck: "root" })).map((t) => t.key)).toEqual(["admm-plus", "confidence-building"]);
      expect((await listTerms(db.prisma, { deck: "root.meetings" })).map((t) => t.key)).toEqual(["admm-plus"]);
      expect((await listTerms(db.prisma, { deck: "root.meetings", q: "信頼" })).map((t) => t.key)).toEqual([]);
      expect(await listTerms(db.prisma, { deck: "no-such-deck" })).toEqual([]);
    });
  });
});

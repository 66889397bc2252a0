// A deterministic synthetic fact base of any size (the benchmark's 100k facts / 20k entities, or a few
// thousand for a test), inserted in bulk with createMany. Shaped like real content: entity answers of
// several types, years, numbers and dates, series of six (matching), dated events (ordering), tags,
// glossary terms, in sub-decks of one root deck. Rows go straight through the driver (one prepared
// statement in one transaction on SQLite, multi-row INSERTs on PostgreSQL): Prisma's createMany would
// take minutes for 100k facts.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { Client } from "pg";
import { providerOf, sqliteFilePath } from "../../../app/_data/prisma-client";

export interface SyntheticSize {
  facts: number;
  entities: number;
  terms: number;
  /** Sub-decks under the root deck `synthetic`. */
  decks: number;
}

export const BENCH_SIZE: SyntheticSize = { facts: 100_000, entities: 20_000, terms: 5_000, decks: 20 };

const ENTITY_TYPES = ["country", "person", "organisation", "working_group", "document", "place"] as const;
const SERIES_EVERY = 60; // the first 6 facts of every 60 form a series
const SERIES_SIZE = 6;
const TAG_COUNT = 50; // fact and term i carry tag t<i % 50>

const newId = () => `c${crypto.randomBytes(12).toString("hex")}`;

type Row = Record<string, string | number | null>;
/** Tables without an updatedAt column. */
const UNTIMED = new Set(["FactEntity", "Tag", "FactTag", "TermTag"]);
type Insert = (table: string, rows: Row[]) => Promise<void>;

/** An insert function for the database at `url`, and a way to close it. */
async function bulkWriter(url: string): Promise<{ insert: Insert; close(): Promise<void> }> {
  const updatedAt = new Date().toISOString();
  const withTime = (rows: Row[]): Row[] => rows.map((r) => ({ ...r, updatedAt }));
  const columns = (rows: Row[]) => Object.keys(rows[0]).map((c) => `"${c}"`).join(", ");
  if (providerOf(url) === "sqlite") {
    const sqlite = new Database(sqliteFilePath(url));
    sqlite.pragma("journal_mode = WAL");
    return {
      async insert(table, rows) {
        if (rows.length === 0) return;
        const all = UNTIMED.has(table) ? rows : withTime(rows);
        const keys = Object.keys(all[0]);
        const statement = sqlite.prepare(`INSERT INTO "${table}" (${columns(all)}) VALUES (${keys.map(() => "?").join(", ")})`);
        sqlite.transaction((list: Row[]) => list.forEach((r) => statement.run(keys.map((k) => r[k]))))(all);
      },
      async close() {
        sqlite.close();
      },
    };
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const all = UNTIMED.has(table) ? rows : withTime(rows);
      const keys = Object.keys(all[0]);
      const perChunk = Math.floor(30_000 / keys.length);
      for (let i = 0; i < all.length; i += perChunk) {
        const chunk = all.slice(i, i + perChunk);
        const values = chunk.map((_, r) => `(${keys.map((_, c) => `$${r * keys.length + c + 1}`).join(", ")})`).join(", ");
        await client.query(`INSERT INTO "${table}" (${columns(all)}) VALUES ${values}`, chunk.flatMap((r) => keys.map((k) => r[k])));
      }
    },
    async close() {
      await client.end();
    },
  };
}

/** Fills the (empty, migrated) database at `url`; returns the sub-deck keys. */
export async function buildSyntheticBase(url: string, size: SyntheticSize): Promise<{ deckKeys: string[] }> {
  const writer = await bulkWriter(url);
  try {
    return await fill(writer.insert, size);
  } finally {
    await writer.close();
  }
}

async function fill(insert: Insert, size: SyntheticSize): Promise<{ deckKeys: string[] }> {
  const source = {
    id: newId(),
    key: "synthetic-source",
      titleJa: "合成データ",
      titleEn: "Synthetic data",
      publisherJa: "ベンチマーク",
      publisherEn: "Benchmark",
      publishedOn: "2024-01-01",
      authorJa: "自動生成",
    authorEn: "Generated",
  };
  await insert("Source", [source]);
  const root = { id: newId(), key: "synthetic", nameJa: "合成デッキ", nameEn: "Synthetic deck", sourceId: source.id, parentId: null, position: 0 };
  const decks = Array.from({ length: size.decks }, (_, d) => ({
    id: newId(),
    key: `synthetic.d${String(d).padStart(3, "0")}`,
    nameJa: `合成デッキ${d}`,
    nameEn: `Synthetic deck ${d}`,
    parentId: root.id,
    sourceId: source.id,
    position: d + 1,
  }));
  await insert("Deck", [root, ...decks]);

  const entities = Array.from({ length: size.entities }, (_, i) => {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length];
    return {
      id: newId(),
      key: `e.${type}.${i}`,
      type,
      nameJa: `架空${type === "person" ? "人物" : "名称"}${i}号`,
      nameEn: `${type.replace("_", " ")} number ${i}`,
    };
  });
  await insert("Entity", entities);

  const perDeck = Math.ceil(size.facts / size.decks);
  const tags = Array.from({ length: TAG_COUNT }, (_, t) => ({ id: newId(), key: `t${t}` }));
  await insert("Tag", tags);
  const facts: Row[] = [];
  const links: Row[] = [];
  const factTags: Row[] = [];
  for (let i = 0; i < size.facts; i++) {
    const deck = decks[Math.min(decks.length - 1, Math.floor(i / perDeck))];
    const inBlock = i % SERIES_EVERY;
    const series = inBlock < SERIES_SIZE ? Math.floor(i / SERIES_EVERY) : null;
    const kind = series !== null ? "entity" : (["entity", "entity", "entity", "year", "number", "date", "text"] as const)[i % 7];
    const id = newId();
    // Series members answer with distinct entities; others with an entity chosen by a stride.
    const answer = entities[series !== null ? (series * SERIES_SIZE + inBlock) % entities.length : (i * 7919) % entities.length];
    const subject = entities[(i * 104729 + 13) % entities.length];
    const year = 1950 + (i % 70);
    const date = `${year}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
    const value =
      kind === "entity"
        ? { ja: answer.nameJa, en: answer.nameEn, v: "" }
        : kind === "year"
          ? { ja: `${year}年`, en: String(year), v: String(year) }
          : kind === "number"
            ? { ja: `${(i % 40) + 2}カ国`, en: `${(i % 40) + 2} countries`, v: String((i % 40) + 2) }
            : kind === "date"
              ? { ja: `${year}年${(i % 12) + 1}月${(i % 28) + 1}日`, en: date, v: date }
              : { ja: `説明${i}`, en: `description ${i}`, v: "" };
    const dated = i % 4 === 1;
    facts.push({
      id,
      key: `f.${i}`,
      sourceId: source.id,
      deckId: deck.id,
      answerType: kind,
      entityType: kind === "entity" ? answer.type : null,
      answerValue: value.v,
      questionJa: `事実${i}の答えは何か。`,
      questionEn: `What is the answer of fact ${i}?`,
      statementJa: `事実${i}の答えは${value.ja}である。`,
      statementEn: `The answer of fact ${i} is ${value.en}.`,
      answerTextJa: value.ja,
      answerTextEn: value.en,
      explanationJa: `事実${i}の説明。`,
      explanationEn: `About fact ${i}.`,
      passage: `原文${i}の一節。`,
      locatorJa: `第${(i % 30) + 1}段落`,
      locatorEn: `Paragraph ${(i % 30) + 1}`,
      paragraph: (i % 30) + 1,
      position: i,
      seriesKey: series !== null ? `series.${series}` : null,
      seriesOrder: series !== null ? inBlock + 1 : null,
      seriesLabelJa: series !== null ? `第${inBlock + 1}期` : null,
      seriesLabelEn: series !== null ? `Cycle ${inBlock + 1}` : null,
      eventDate: dated ? date : null,
      eventLabelJa: dated ? `出来事${i}` : null,
      eventLabelEn: dated ? `Event ${i}` : null,
    });
    factTags.push({ tagId: tags[i % TAG_COUNT].id, factId: id, position: 0 });
    if (kind === "entity") links.push({ factId: id, entityId: answer.id, role: "answer", position: 0 });
    if (subject.id !== answer.id) links.push({ factId: id, entityId: subject.id, role: "subject", position: 0 });
  }
  await insert("Fact", facts);
  await insert("FactEntity", links);
  await insert("FactTag", factTags);

  const perDeckTerms = Math.ceil(size.terms / size.decks);
  const terms = Array.from({ length: size.terms }, (_, i) => ({
    id: newId(),
    key: `t.${i}`,
    sourceId: source.id,
    deckId: decks[Math.min(decks.length - 1, Math.floor(i / perDeckTerms))].id,
    ja: `用語${i}`,
    readingJa: `ようご${i}`,
    en: `term ${i}`,
    definitionJa: `用語${i}の定義。`,
    definitionEn: `The definition of term ${i}.`,
    passage: `用語${i}の原文。`,
    locatorJa: "用語集",
    locatorEn: "Glossary",
    position: i,
  }));
  await insert("Term", terms);
  await insert("TermTag", terms.map((t, i) => ({ tagId: tags[i % TAG_COUNT].id, termId: t.id, position: 0 })));
  return { deckKeys: decks.map((d) => d.key) };
}

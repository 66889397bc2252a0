// The migration to real keys, enums and tag tables keeps existing data. A database is built with only the
// first (init) migration, filled the old way with plain SQL (JSON tags, free-text roles and verdicts,
// a card and a quiz answer pointing at a fact that was deleted, a class seat of a deleted user), then
// the later migrations run exactly as `prisma migrate deploy` would run them, and every row is checked
// through the app's client, on SQLite and on PostgreSQL.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { createPrismaClient, type Db } from "@/app/_data/prisma-client";
import {
  dropPostgresDatabase,
  migrationScripts,
  providers,
  testPostgresUrl,
  withDatabase,
  type Provider,
} from "../support/test-database";

const tmpDir = path.resolve(__dirname, "..", ".tmp");

/** Runs SQL with `?` placeholders on either database. */
interface RawDb {
  run(sql: string, params?: unknown[]): Promise<void>;
  script(sql: string): Promise<void>;
  close(): Promise<void>;
}

async function openRaw(provider: Provider): Promise<{ raw: RawDb; url: string; remove(): Promise<void> }> {
  const unique = `${process.pid}_${Date.now().toString(36)}_${crypto.randomBytes(4).toString("hex")}`;
  if (provider === "sqlite") {
    fs.mkdirSync(tmpDir, { recursive: true });
    const file = path.join(tmpDir, `db_${unique}.db`);
    const sqlite = new Database(file);
    return {
      url: `file:${file}`,
      raw: {
        async run(sql, params = []) {
          sqlite.prepare(sql).run(...params.map((p) => (typeof p === "boolean" ? Number(p) : p)));
        },
        async script(sql) {
          sqlite.exec(sql);
        },
        async close() {
          sqlite.close();
        },
      },
      async remove() {
        for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
      },
    };
  }
  const name = `migration_${unique}`;
  const admin = new Client({ connectionString: testPostgresUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(testPostgresUrl(), name);
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    url,
    raw: {
      async run(sql, params = []) {
        let n = 0;
        await client.query(sql.replace(/\?/g, () => `$${++n}`), params);
      },
      async script(sql) {
        await client.query(sql);
      },
      async close() {
        await client.end();
      },
    },
    remove: () => dropPostgresDatabase(name),
  };
}

const T0 = new Date("2026-11-20T09:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** Rows as the init schema stored them, written with plain SQL. */
async function seedOldSchema(raw: RawDb, provider: Provider) {
  // As the app's adapters store instants: ISO text on SQLite, timestamp on PostgreSQL.
  const time = (d: Date) => (provider === "sqlite" ? d.toISOString().replace("Z", "+00:00") : d);
  const insert = (table: string, row: Record<string, unknown>) =>
    raw.run(
      `INSERT INTO "${table}" (${Object.keys(row).map((k) => `"${k}"`).join(", ")}) VALUES (${Object.keys(row).map(() => "?").join(", ")})`,
      Object.values(row).map((v) => (v instanceof Date ? time(v) : v)),
    );
  const stamps = { createdAt: T0, updatedAt: T0 };
  await insert("Source", {
    id: "src1", key: "nids-289", titleJa: "題", titleEn: "Title", publisherJa: "防衛研究所", publisherEn: "NIDS",
    publishedOn: "2023-12-12", authorJa: "庄司", authorEn: "Shoji", ...stamps,
  });
  await insert("Deck", { id: "deck1", key: "admm", nameJa: "拡大ASEAN国防相会議", nameEn: "ADMM-Plus", sourceId: "src1", ...stamps });
  await insert("Entity", { id: "ent1", key: "japan", type: "country", nameJa: "日本", nameEn: "Japan", ...stamps });
  const fact = (id: string, key: string, answerType: string, tags: string, position: number) =>
    insert("Fact", {
      id, key, sourceId: "src1", deckId: "deck1", answerType, entityType: answerType === "entity" ? "country" : null,
      answerValue: answerType === "year" ? "2010" : "", questionJa: `問${key}`, questionEn: `Q ${key}`,
      statementJa: `文${key}`, statementEn: `S ${key}`, answerTextJa: key, answerTextEn: key,
      passage: "原文", locatorJa: "第1段落", locatorEn: "para. 1", tags, position, ...stamps,
    });
  await fact("f1", "first-meeting", "year", JSON.stringify(["history", "ewg_2%", "admm"]), 0);
  await fact("f2", "japan-cochair", "entity", JSON.stringify(["admm", "japan"]), 1);
  await fact("f3", "untagged", "text", "[]", 2);
  await insert("FactEntity", { factId: "f2", entityId: "ent1", role: "answer", position: 0 });
  await insert("FactEntity", { factId: "f2", entityId: "ent1", role: "subject", position: 0 });
  await insert("Term", {
    id: "t1", key: "hadr", sourceId: "src1", deckId: "deck1", ja: "人道支援・災害救援", en: "HA/DR",
    definitionJa: "定義", definitionEn: "Definition", passage: "原文", locatorJa: "第2段落", locatorEn: "para. 2",
    tags: JSON.stringify(["japan", "glossary"]), ...stamps,
  });

  await insert("User", { id: "u1", role: "learner", createdAt: T0, lastSeenAt: T0 });
  await insert("User", { id: "u2", username: "teacher", role: "teacher", createdAt: T0, lastSeenAt: T0 });
  const card = (id: string, userId: string, factId: string | null, termId: string | null) =>
    insert("Card", {
      id, userId, noteKey: factId ? `fact:${factId}` : `term:${termId}`, factId, termId, direction: "ja-en",
      due: at(60), state: 2, reps: 3, stability: 4.5, lastReview: T0, createdAt: T0,
    });
  await card("c1", "u1", "f1", null);
  await card("c2", "u1", null, "t1");
  await card("c-orphan", "u1", "deleted-fact", null); // its fact was deleted before there were keys
  const log = (id: string, cardId: string, kind: string, minutes: number, undoesId: string | null = null) =>
    insert("ReviewLog", {
      id, requestId: `req-${id}`, userId: "u1", cardId, kind, rating: kind === "undo" ? 0 : 3, state: 2, due: at(minutes),
      stability: 4, difficulty: 5, elapsedDays: 1, lastElapsedDays: 1, scheduledDays: 2, learningSteps: 0,
      reviewedAt: at(minutes), undoesId,
    });
  await log("l1", "c1", "review", 1);
  await log("l2", "c1", "undo", 2, "l1");
  await log("l3", "c2", "review", 3);
  await log("l-orphan", "c-orphan", "review", 4);

  await insert("QuizAttempt", { id: "a1", userId: "u1", config: "{}", seed: "s", questions: "[]", total: 3, score: 1.5, createdAt: T0 });
  const answer = (id: string, position: number, factId: string | null, termId: string | null, verdict: string, score: number) =>
    insert("QuizAnswer", { id, attemptId: "a1", position, factId, termId, response: '"x"', verdict, score, answeredAt: T0 });
  await answer("qa1", 0, "f1", null, "correct", 1);
  await answer("qa2", 1, null, "t1", "almost", 0.5);
  await answer("qa3", 2, "deleted-fact", null, "wrong", 0);

  await insert("Quiz", { id: "q1", ownerId: "u2", title: "Quiz", config: "{}", ...stamps });
  await insert("LiveSession", { id: "s1", quizId: "q1", hostId: "u2", joinCode: "123456", status: "question", questions: "[]", ...stamps });
  await insert("Player", { id: "p1", sessionId: "s1", nickname: "Aiko", seatHash: "h1", learnerId: "u1", joinedAt: T0 });
  await insert("Player", { id: "p2", sessionId: "s1", nickname: "Ben", seatHash: "h2", learnerId: "deleted-user", joinedAt: T0 });
  await insert("Player", { id: "p3", sessionId: "s1", nickname: "Chie", seatHash: "h3", learnerId: null, joinedAt: T0 });
  await insert("LiveAnswer", { id: "la1", sessionId: "s1", playerId: "p1", questionIndex: 0, response: "{}", correct: true, points: 900, elapsedMs: 1200, answeredAt: T0 });
  await insert("LiveAnswer", { id: "la2", sessionId: "s1", playerId: "p2", questionIndex: 0, response: "{}", correct: false, points: 0, elapsedMs: 800, answeredAt: T0 });
}

async function tagsOf(prisma: Db, table: "fact" | "term", key: string): Promise<string[]> {
  const links =
    table === "fact"
      ? await prisma.factTag.findMany({ where: { fact: { key } }, orderBy: { position: "asc" }, select: { tag: { select: { key: true } } } })
      : await prisma.termTag.findMany({ where: { term: { key } }, orderBy: { position: "asc" }, select: { tag: { select: { key: true } } } });
  return links.map((l) => l.tag.key);
}

describe.each(providers)("migrating a database of the init schema [%s]", (provider) => {
  let prisma: Db;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    const scripts = migrationScripts(provider);
    const old = scripts.filter((m) => m.name.endsWith("_init"));
    const later = scripts.filter((m) => !m.name.endsWith("_init"));
    expect(old).toHaveLength(1);
    expect(later.length).toBeGreaterThan(0);
    const opened = await openRaw(provider);
    remove = opened.remove;
    try {
      for (const m of old) await opened.raw.script(m.sql);
      await seedOldSchema(opened.raw, provider);
      for (const m of later) await opened.raw.script(m.sql);
    } finally {
      await opened.raw.close();
    }
    prisma = createPrismaClient(opened.url);
  }, 120_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await remove?.();
  }, 120_000);

  test("every content row survives, and JSON tags become Tag rows linked in list order", async () => {
    expect(await prisma.source.count()).toBe(1);
    expect(await prisma.deck.count()).toBe(1);
    expect(await prisma.entity.findMany({ select: { key: true, type: true } })).toEqual([{ key: "japan", type: "country" }]);
    const facts = await prisma.fact.findMany({ orderBy: { position: "asc" }, select: { key: true, answerType: true, entityType: true, answerValue: true, statementEn: true } });
    expect(facts).toEqual([
      { key: "first-meeting", answerType: "year", entityType: null, answerValue: "2010", statementEn: "S first-meeting" },
      { key: "japan-cochair", answerType: "entity", entityType: "country", answerValue: "", statementEn: "S japan-cochair" },
      { key: "untagged", answerType: "text", entityType: null, answerValue: "", statementEn: "S untagged" },
    ]);
    expect(await prisma.factEntity.findMany({ orderBy: { role: "asc" }, select: { role: true, position: true } })).toEqual([
      { role: "answer", position: 0 },
      { role: "subject", position: 0 },
    ]);
    expect((await prisma.tag.findMany({ orderBy: { key: "asc" } })).map((t) => [t.key, t.labelJa, t.labelEn])).toEqual([
      ["admm", "", ""],
      ["ewg_2%", "", ""],
      ["glossary", "", ""],
      ["history", "", ""],
      ["japan", "", ""],
    ]);
    expect(await tagsOf(prisma, "fact", "first-meeting")).toEqual(["history", "ewg_2%", "admm"]);
    expect(await tagsOf(prisma, "fact", "japan-cochair")).toEqual(["admm", "japan"]);
    expect(await tagsOf(prisma, "fact", "untagged")).toEqual([]);
    expect(await tagsOf(prisma, "term", "hadr")).toEqual(["japan", "glossary"]);
  });

  test("users, cards and reviews survive with their values; the card of a deleted fact goes with its history", async () => {
    expect(await prisma.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true } })).toEqual([
      { id: "u1", role: "learner" },
      { id: "u2", role: "teacher" },
    ]);
    const cards = await prisma.card.findMany({ orderBy: { id: "asc" }, select: { id: true, factId: true, termId: true, due: true, reps: true, stability: true, lastReview: true } });
    expect(cards).toEqual([
      { id: "c1", factId: "f1", termId: null, due: at(60), reps: 3, stability: 4.5, lastReview: T0 },
      { id: "c2", factId: null, termId: "t1", due: at(60), reps: 3, stability: 4.5, lastReview: T0 },
    ]);
    const logs = await prisma.reviewLog.findMany({ orderBy: { reviewedAt: "asc" }, select: { id: true, kind: true, cardId: true, undoesId: true, reviewedAt: true } });
    expect(logs).toEqual([
      { id: "l1", kind: "review", cardId: "c1", undoesId: null, reviewedAt: at(1) },
      { id: "l2", kind: "undo", cardId: "c1", undoesId: "l1", reviewedAt: at(2) },
      { id: "l3", kind: "review", cardId: "c2", undoesId: null, reviewedAt: at(3) },
    ]);
  });

  test("quiz answers keep what was asked and how it was graded; a seat of a deleted user keeps its row", async () => {
    expect(await prisma.quizAnswer.findMany({ orderBy: { position: "asc" }, select: { id: true, factId: true, termId: true, verdict: true, score: true } })).toEqual([
      { id: "qa1", factId: "f1", termId: null, verdict: "correct", score: 1 },
      { id: "qa2", factId: null, termId: "t1", verdict: "almost", score: 0.5 },
      { id: "qa3", factId: null, termId: null, verdict: "wrong", score: 0 },
    ]);
    expect(await prisma.liveSession.findMany({ select: { id: true, status: true } })).toEqual([{ id: "s1", status: "question" }]);
    expect(await prisma.player.findMany({ orderBy: { nickname: "asc" }, select: { id: true, userId: true } })).toEqual([
      { id: "p1", userId: "u1" },
      { id: "p2", userId: null },
      { id: "p3", userId: null },
    ]);
  });

  test("live seats get their folded nickname key and live answers a verdict from how they were graded", async () => {
    expect(await prisma.player.findMany({ orderBy: { nickname: "asc" }, select: { nicknameKey: true, removed: true } })).toEqual([
      { nicknameKey: "aiko", removed: false },
      { nicknameKey: "ben", removed: false },
      { nicknameKey: "chie", removed: false },
    ]);
    expect(await prisma.liveAnswer.findMany({ orderBy: { id: "asc" }, select: { id: true, verdict: true, points: true } })).toEqual([
      { id: "la1", verdict: "correct", points: 900 },
      { id: "la2", verdict: "wrong", points: 0 },
    ]);
  });

  test("the new keys hold: deleting a fact deletes its cards, keeps its quiz answers; deleting a user keeps the seat", async () => {
    await prisma.fact.delete({ where: { key: "first-meeting" } });
    expect(await prisma.card.findMany({ select: { id: true } })).toEqual([{ id: "c2" }]);
    expect(await prisma.reviewLog.findMany({ select: { id: true } })).toEqual([{ id: "l3" }]);
    expect(await prisma.quizAnswer.findUnique({ where: { id: "qa1" }, select: { factId: true, verdict: true } })).toEqual({ factId: null, verdict: "correct" });
    expect(await prisma.factTag.count({ where: { factId: "f1" } })).toBe(0);
    expect(await prisma.tag.count({ where: { key: "history" } })).toBe(1);
    await prisma.user.delete({ where: { id: "u1" } });
    expect(await prisma.player.findUnique({ where: { id: "p1" }, select: { nickname: true, userId: true } })).toEqual({ nickname: "Aiko", userId: null });
  });
});

// `npm run bench:srs` (tsx tests/bench/srs.ts): the SRS quality bar, measured rather than asserted.
//
// Builds a synthetic data set (tests/bench/srs/synthetic-data.ts: 100k facts, 10k learners, 100k cards,
// 5M review-log rows) in a fresh SQLite file and in a throwaway PostgreSQL cluster, then times, one
// request after another on the app's own Prisma client and data functions:
//   - the due queue of one learner (getStudyQueue: due cards, today's log, new cards, the head card's
//     content and its four interval previews), for heavy learners (505 cards, 25k log rows, ~500 reviews
//     in the current day) and light ones; also for one deck of ten, and without the head card's content;
//   - a review submission (storeReview: the card, one log row and the card update in a transaction).
// Prints p50/p95 per operation against the target (p95 under 20 ms). Options:
//   --only=sqlite|postgresql   one database only         --runs=N   timed runs per operation (default 300)
//   --keep                     keep the SQLite file (tests/.tmp/bench-srs.db) for a second look
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { Client } from "pg";
import { createPrismaClient, type Db } from "../../app/_data/prisma-client";
import { resolveDeckScope } from "../../app/_data/study/deck-scope";
import { computeStudyQueue, getStudyQueue } from "../../app/_data/study/queue";
import { storeReview } from "../../app/_data/study/review";
import { studyUserSelect, type StudyUser } from "../../app/_data/study/study-user";
import type { Grade } from "../../app/_domain/srs/review-log";
import { startCluster, stopCluster } from "../support/pg-cluster";
import { migrationScripts, withDatabase } from "../support/test-database";
import { buildSyntheticData, cardId, cardsOf, learnerId, SIZES, type Dialect, type Exec } from "./srs/synthetic-data";
import { formatTimings, random, time, type Timing } from "./srs/measure";

const TARGET_MS = 20;
const args = new Map<string, string | undefined>(
  process.argv.slice(2).map((a) => {
    const [key, value] = a.replace(/^--/, "").split("=");
    return [key, value];
  }),
);
const RUNS = Number(args.get("runs") ?? 300);
const only = args.get("only") as Dialect | undefined;
const log = (message: string) => console.log(message);

type Target = { dialect: Dialect; db: Db; exec: Exec; close: () => Promise<void> };

async function sqliteTarget(): Promise<Target> {
  const file = path.join(process.cwd(), "tests", ".tmp", "bench-srs.db");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  const raw = new Database(file);
  raw.pragma("journal_mode = WAL"); // for the build only; reset below so the app's own setting is measured
  raw.pragma("synchronous = OFF");
  for (const migration of migrationScripts("sqlite")) raw.exec(migration.sql);
  return {
    dialect: "sqlite",
    db: null as unknown as Db,
    exec: async (sql) => void raw.exec(sql),
    close: async () => {
      raw.exec("ANALYZE;");
      raw.pragma("wal_checkpoint(TRUNCATE)");
      raw.pragma("journal_mode = DELETE");
      raw.close();
    },
  };
}

async function postgresTarget(adminUrl: string): Promise<Target> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS bench_srs`);
  await admin.query(`CREATE DATABASE bench_srs`);
  await admin.end();
  const url = withDatabase(adminUrl, "bench_srs");
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query("SET TIME ZONE 'UTC'");
  for (const migration of migrationScripts("postgresql")) await client.query(migration.sql);
  return {
    dialect: "postgresql",
    db: createPrismaClient(url),
    exec: async (sql) => void (await client.query(sql)),
    close: async () => {
      await client.query("VACUUM ANALYZE");
      await client.end();
    },
  };
}

async function loadLearner(db: Db, n: number): Promise<StudyUser> {
  return db.user.findUniqueOrThrow({ where: { id: learnerId(n) }, select: studyUserSelect });
}

async function measure(db: Db, dialect: Dialect): Promise<Timing[]> {
  const rnd = random(289);
  const pick = (heavy: boolean) => (heavy ? Math.floor(rnd() * SIZES.HEAVY) : SIZES.HEAVY + Math.floor(rnd() * (SIZES.LEARNERS - SIZES.HEAVY)));
  const learners = new Map<number, StudyUser>();
  const learner = async (n: number) => learners.get(n) ?? learners.set(n, await loadLearner(db, n)).get(n)!;
  for (let n = 0; n < SIZES.HEAVY; n++) await learner(n);
  const all = (await resolveDeckScope(db, []))!;
  const oneDeck = (await resolveDeckScope(db, ["bench.3"]))!;

  const queue = (heavy: boolean, scope = all) => async () => {
    const view = await getStudyQueue(db, await learner(pick(heavy)), scope);
    if (heavy && scope === all && !view.card) throw new Error("a heavy learner should have cards due");
  };
  const review = (heavy: boolean) => async () => {
    const n = pick(heavy);
    const { first, count } = cardsOf(n);
    const outcome = await storeReview(db, await learner(n), {
      cardId: cardId(first + Math.floor(rnd() * count)),
      rating: (1 + Math.floor(rnd() * 4)) as Grade,
      requestId: randomUUID(),
      durationMs: 5000,
    });
    if (!outcome.ok) throw new Error(`review refused: ${outcome.error}`);
  };

  const timings = [
    await time("due queue, heavy learner (505 cards, 25k log rows)", RUNS, queue(true)),
    await time("due queue, light learner (5 cards, 250 log rows)", RUNS, queue(false)),
    await time("due queue, heavy learner, one deck of ten", Math.min(RUNS, 100), queue(true, oneDeck)),
    await time("due queue without the card's content, heavy learner", RUNS, async () => computeStudyQueue(db, await learner(pick(true)), all)),
    await time("review submission, heavy learner", RUNS, review(true)),
    await time("review submission, light learner", RUNS, review(false)),
  ];
  if (dialect === "sqlite") {
    // The app opens SQLite with its defaults (rollback journal, synchronous=FULL): every commit waits for
    // the disk. The same submission with WAL and synchronous=NORMAL shows what that setting is worth.
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
    timings.push(await time("review submission, heavy learner (WAL, synchronous=NORMAL)", RUNS, review(true)));
    timings.push(await time("due queue, heavy learner (WAL, synchronous=NORMAL)", RUNS, queue(true)));
  }
  return timings;
}

async function run(dialect: Dialect, prepare: () => Promise<Target>, url: () => string): Promise<string> {
  log(`\n▶ ${dialect}: building the synthetic data`);
  const started = performance.now();
  const target = await prepare();
  await buildSyntheticData(dialect, target.exec, new Date(), log);
  await target.close();
  log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s; timing…`);
  const db = target.db ?? createPrismaClient(url());
  try {
    const counts = { cards: await db.card.count(), reviews: await db.reviewLog.count(), learners: await db.user.count(), facts: await db.fact.count() };
    log(`  ${JSON.stringify(counts)}`);
    return formatTimings(`${dialect} (${counts.facts.toLocaleString("en")} facts, ${counts.learners.toLocaleString("en")} learners, ${counts.cards.toLocaleString("en")} cards, ${counts.reviews.toLocaleString("en")} review-log rows):`, await measure(db, dialect), TARGET_MS);
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  log(`SRS benchmark on ${os.cpus().length} CPU(s), load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, Node ${process.version}`);
  const reports: string[] = [];
  const sqliteFile = path.join(process.cwd(), "tests", ".tmp", "bench-srs.db");
  if (!only || only === "sqlite") {
    try {
      reports.push(await run("sqlite", sqliteTarget, () => `file:${sqliteFile}`));
    } finally {
      if (!args.has("keep")) for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(sqliteFile + suffix, { force: true });
    }
  }
  if (!only || only === "postgresql") {
    const cluster = await startCluster();
    try {
      reports.push(await run("postgresql", () => postgresTarget(cluster.url), () => withDatabase(cluster.url, "bench_srs")));
    } finally {
      await stopCluster(cluster);
    }
  }
  log(`\n${reports.join("\n\n")}`);
  log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

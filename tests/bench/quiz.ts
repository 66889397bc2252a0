// `npm run bench:quiz`: how long a 20-question mixed quiz takes to make, pool query included (read the
// decks, sample the facts, terms and entities, generate), on the seeded base and on a synthetic base of
// 100k facts and 20k entities, on SQLite and on PostgreSQL (a throwaway cluster). Prints p50/p95 per
// scenario. Target: p95 under 20 ms on the synthetic base. A script, not a test: it reports, it does
// not fail on a slow machine. Options: --runs=N (default 300), --only=sqlite|postgresql.
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { createTestDatabase, type Provider, type TestDatabase } from "../support/test-database";
import { startCluster, stopCluster, type PgCluster } from "../support/pg-cluster";
import { seedDefaultDeck } from "../../app/_data/seed-default-deck";
import { loadQuizPool } from "../../app/_data/quiz/load-pool";
import { generateQuiz } from "../../app/_domain/quiz/generate-quiz";
import { DIRECTIONS, QUESTION_TYPES, type QuizConfig } from "../../app/_domain/quiz/types";
import { BENCH_SIZE, buildSyntheticBase } from "./quiz/synthetic-base";

const TARGET_P95_MS = 20;
const WARM_UP = 30;
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const RUNS = Number(arg("runs") ?? 300);
const PROVIDERS: Provider[] = arg("only") ? [arg("only") as Provider] : ["sqlite", "postgresql"];

interface Scenario {
  name: string;
  config: (i: number) => QuizConfig;
}

interface Row {
  base: string;
  provider: Provider;
  scenario: string;
  p50: number;
  p95: number;
  max: number;
  /** p50 of the two parts: the pool query and the generation. */
  queryP50: number;
  generateP50: number;
  questions: number;
  poolFacts: number;
}

const mixed = (i: number, over: Partial<QuizConfig> = {}): QuizConfig => ({
  deckKeys: "all",
  tags: [],
  count: 20,
  types: [...QUESTION_TYPES],
  direction: DIRECTIONS[i % DIRECTIONS.length],
  seed: `bench-${i}`,
  ...over,
});

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

async function measure(db: TestDatabase, base: string, scenario: Scenario): Promise<Row> {
  const times: number[] = [];
  const queryTimes: number[] = [];
  const generateTimes: number[] = [];
  let questions = 0;
  let poolFacts = 0;
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const config = scenario.config(i);
    const start = performance.now();
    const loaded = await loadQuizPool(db.prisma, config);
    if (!loaded) throw new Error(`${scenario.name}: unknown decks`);
    const queried = performance.now();
    const quiz = generateQuiz(loaded.pool, loaded.config);
    const end = performance.now();
    if (i < WARM_UP) continue;
    times.push(end - start);
    queryTimes.push(queried - start);
    generateTimes.push(end - queried);
    questions += quiz.questions.length;
    poolFacts += loaded.pool.facts.length;
  }
  for (const list of [times, queryTimes, generateTimes]) list.sort((a, b) => a - b);
  return {
    base,
    provider: db.provider,
    scenario: scenario.name,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    max: times[times.length - 1],
    queryP50: percentile(queryTimes, 0.5),
    generateP50: percentile(generateTimes, 0.5),
    questions: questions / RUNS,
    poolFacts: poolFacts / RUNS,
  };
}

function print(rows: Row[]) {
  const header = ["base", "database", "scenario", "p50 ms", "p95 ms", "max ms", "query p50", "generate p50", "questions", "pool facts", "p95 < 20 ms"];
  const lines = rows.map((r) => [
    r.base,
    r.provider,
    r.scenario,
    r.p50.toFixed(2),
    r.p95.toFixed(2),
    r.max.toFixed(1),
    r.queryP50.toFixed(2),
    r.generateP50.toFixed(2),
    r.questions.toFixed(1),
    r.poolFacts.toFixed(0),
    r.base === "synthetic" ? (r.p95 < TARGET_P95_MS ? "yes" : "NO") : "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${fmt(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const line of lines) console.log(fmt(line));
}

async function seededScenarios(db: TestDatabase): Promise<Scenario[]> {
  await seedDefaultDeck(db.prisma);
  return [
    { name: "all decks, 6 types", config: (i) => mixed(i) },
    { name: "one sub-deck", config: (i) => mixed(i, { deckKeys: ["nids-289.japan"] }) },
  ];
}

async function syntheticScenarios(db: TestDatabase): Promise<Scenario[]> {
  const started = performance.now();
  const { deckKeys } = await buildSyntheticBase(db.url, BENCH_SIZE);
  if (db.provider === "postgresql") {
    // What autovacuum does shortly after a bulk load anyway; without it the planner guesses row counts.
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query("ANALYZE");
    await client.end();
  }
  const counts = await Promise.all([db.prisma.fact.count(), db.prisma.entity.count(), db.prisma.term.count()]);
  console.log(
    `  built the synthetic base on ${db.provider} in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${counts[0]} facts, ${counts[1]} entities, ${counts[2]} terms`,
  );
  return [
    { name: "all decks, 6 types", config: (i) => mixed(i) },
    { name: "one sub-deck", config: (i) => mixed(i, { deckKeys: [deckKeys[i % deckKeys.length]] }) },
    { name: "root deck + tag", config: (i) => mixed(i, { deckKeys: ["synthetic"], tags: [`t${i % 50}`] }) },
  ];
}

async function main() {
  const began = performance.now();
  let cluster: PgCluster | undefined;
  const rows: Row[] = [];
  try {
    if (PROVIDERS.includes("postgresql") && !process.env.TEST_POSTGRES_URL) {
      cluster = await startCluster();
      process.env.TEST_POSTGRES_URL = cluster.url;
    }
    console.log(`Quiz generation benchmark: ${RUNS} runs per scenario (after ${WARM_UP} warm-up runs), 20 questions, all six types, the four directions in turn.`);
    for (const provider of PROVIDERS) {
      for (const [base, scenarios] of [
        ["seeded", seededScenarios],
        ["synthetic", syntheticScenarios],
      ] as const) {
        console.log(`- ${base} base on ${provider}`);
        const db = await createTestDatabase(provider);
        try {
          for (const scenario of await scenarios(db)) rows.push(await measure(db, base, scenario));
        } finally {
          await db.drop();
        }
      }
    }
  } finally {
    if (cluster) await stopCluster(cluster);
  }
  print(rows);
  const synthetic = rows.filter((r) => r.base === "synthetic");
  const worst = Math.max(...synthetic.map((r) => r.p95));
  console.log(
    `\nSynthetic base (${BENCH_SIZE.facts.toLocaleString("en")} facts, ${BENCH_SIZE.entities.toLocaleString("en")} entities): ` +
      `worst p95 ${worst.toFixed(2)} ms, target < ${TARGET_P95_MS} ms: ${worst < TARGET_P95_MS ? "met" : "NOT met"}. ` +
      `Whole run ${((performance.now() - began) / 1000).toFixed(0)} s.`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

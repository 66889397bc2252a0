// `npm start`: everything a fresh clone needs to serve the app, in order —
// apply pending migrations, seed the default deck into an empty database, sweep stale rows, build
// when the production build is missing or older than the code, then serve on PORT (default 3000)
// and sweep again once a day while serving.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseUrl, createPrismaClient } from "../_data/prisma-client";
import { seedIfEmpty } from "../_data/seed-default-deck";
import { sweepStaleRows } from "../_data/auth/sweep";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Expired sessions, empty guests over 30 days old and ended rate-limit windows: see sweep.ts. */
async function sweep(db: ReturnType<typeof createPrismaClient>) {
  const removed = await sweepStaleRows(db);
  console.log(`✔ Swept ${removed.sessions} expired sessions, ${removed.guests} empty guests, ${removed.rateLimits} old rate-limit rows`);
}

const root = process.cwd();
const env = { ...process.env, DATABASE_URL: databaseUrl(), NEXT_TELEMETRY_DISABLED: "1" };

function run(label: string, args: string[]) {
  console.log(`▶ ${label}`);
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env, cwd: root });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const BUILD_INPUTS = ["app", "messages", "public", "next.config.js", "proxy.ts", "package.json", "prisma/schema.prisma"];

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return BUILD_INPUTS.every((entry) => newestMtime(entry) <= builtAt);
}

async function main() {
  run("Applying database migrations", [require.resolve("prisma/build/index.js"), "migrate", "deploy"]);

  const db = createPrismaClient(env.DATABASE_URL);
  try {
    const seeded = await seedIfEmpty(db);
    console.log(seeded ? "✔ Seeded the default deck" : "✔ Database already has content");
    await sweep(db);
  } finally {
    await db.$disconnect();
  }

  if (!buildIsCurrent() || process.env.FORCE_BUILD === "1") {
    run("Building the production app (first start or changed code)", [require.resolve("next/dist/bin/next"), "build"]);
  }

  const port = process.env.PORT || "3000";
  console.log(`▶ Serving on http://localhost:${port}`);
  const guard = path.join(root, "app", "_cli", "refuse-forbidden-methods.cjs");
  const server = spawn(process.execPath, ["--require", guard, require.resolve("next/dist/bin/next"), "start", "-p", port], {
    stdio: "inherit",
    env,
    cwd: root,
  });
  // Daily while serving, with a client of its own (a sweep that fails is logged and tried again tomorrow).
  const daily = setInterval(() => {
    const sweeper = createPrismaClient(env.DATABASE_URL);
    sweep(sweeper)
      .catch((error) => console.error("✖ Sweep failed:", error))
      .finally(() => sweeper.$disconnect());
  }, DAY_MS);
  daily.unref();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

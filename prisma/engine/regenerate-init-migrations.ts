// Regenerates the initial migrations of both databases from the current prisma/schema.prisma, with the
// real CLI (`prisma migrate dev --name init`, through the schema-engine bridge) against throwaway
// databases: a temporary SQLite file and a temporary PostgreSQL database (on TEST_POSTGRES_URL if set,
// else on a throwaway cluster started for the occasion, see tests/support/pg-cluster.ts).
//
// Use it while nothing has shipped: it first re-derives prisma/postgresql/schema.prisma, then DELETES
// prisma/migrations/sqlite and prisma/migrations/postgresql (every migration in them) and creates one
// `<timestamp>_init` migration per database. Once a migration has shipped, create new migrations with
// `npx prisma migrate dev --name <change>` (once with each DATABASE_URL) instead.
//
//   npx tsx prisma/engine/regenerate-init-migrations.ts
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { POSTGRES_SCHEMA_PATH, SOURCE_SCHEMA_PATH, derivePostgresSchema } from "../derive-postgres-schema";
import { startCluster, stopCluster } from "../../tests/support/pg-cluster";

const root = path.resolve(__dirname, "..", "..");
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");

function migrateDevInit(databaseUrl: string): void {
  const result = spawnSync(process.execPath, [prismaCli, "migrate", "dev", "--name", "init"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`prisma migrate dev --name init failed (exit ${result.status}) for ${databaseUrl}`);
}

async function withAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Migrations after init: once one exists, databases with data depend on the history, which must stay. */
function laterMigrations(): string[] {
  return ["sqlite", "postgresql"].flatMap((provider) => {
    const dir = path.join(root, "prisma", "migrations", provider);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.endsWith("_init"))
      .map((entry) => `${provider}/${entry.name}`);
  });
}

async function main(): Promise<void> {
  const later = laterMigrations();
  if (later.length > 0) {
    console.error(
      `Refusing to regenerate: migrations after init exist (${later.join(", ")}), and databases in use were migrated ` +
        "through them. Create a new migration with `npx prisma migrate dev --name <change>` instead (README, Changing the schema).",
    );
    process.exitCode = 1;
    return;
  }
  fs.writeFileSync(POSTGRES_SCHEMA_PATH, derivePostgresSchema(fs.readFileSync(SOURCE_SCHEMA_PATH, "utf8")));
  console.log(`Derived ${path.relative(root, POSTGRES_SCHEMA_PATH)}`);

  for (const provider of ["sqlite", "postgresql"]) {
    const dir = path.join(root, "prisma", "migrations", provider);
    if (fs.existsSync(dir)) console.log(`Removing ${path.relative(root, dir)}: ${fs.readdirSync(dir).join(", ")}`);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const sqliteFile = path.join(os.tmpdir(), `regenerate-init-${process.pid}.db`);
  try {
    migrateDevInit(`file:${sqliteFile}`);
  } finally {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(sqliteFile + suffix, { force: true });
  }

  const cluster = process.env.TEST_POSTGRES_URL ? undefined : await startCluster();
  const adminUrl = process.env.TEST_POSTGRES_URL ?? cluster!.url;
  const database = `regenerate_init_${crypto.randomBytes(4).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  try {
    migrateDevInit(url.toString()); // the CLI creates the database
  } finally {
    await withAdmin(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
    if (cluster) await stopCluster(cluster);
  }
  console.log("Done: prisma/migrations/sqlite and prisma/migrations/postgresql each hold one init migration.");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

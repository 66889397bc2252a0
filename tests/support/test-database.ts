// A fresh, fully migrated database per test file, on SQLite or PostgreSQL, so that one suite runs on both.
//
// - SQLite: a new file under tests/.tmp/ (git-ignored).
// - PostgreSQL: `CREATE DATABASE` with a unique name on the test cluster (TEST_POSTGRES_URL, an admin URL
//   exported by tests/support/integration-global-setup.ts, or preset by the caller).
// The committed migrations (prisma/migrations/<provider>/*/migration.sql) are executed in order, straight
// through the driver: fast, and exactly the SQL `prisma migrate deploy` would run (the CLI itself is
// covered by tests/integration/prisma-cli.test.ts). The client is the app's own createPrismaClient(url).
//
//   describeEachDatabase("cards", (db) => {
//     test("…", async () => { await db.prisma.card.count(); });
//   });
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { createPrismaClient, type Db } from "../../app/_data/prisma-client";

export const providers = ["sqlite", "postgresql"] as const;
export type Provider = (typeof providers)[number];

export interface TestDatabase {
  provider: Provider;
  url: string;
  prisma: Db;
  /** Disconnects the client and deletes the database. */
  drop(): Promise<void>;
}

const projectRoot = path.resolve(__dirname, "..", "..");
const tmpDir = path.join(projectRoot, "tests", ".tmp");

/** The committed migration scripts of a provider, in the order Prisma applies them. */
export function migrationScripts(provider: Provider): { name: string; sql: string }[] {
  const dir = path.join(projectRoot, "prisma", "migrations", provider);
  if (!fs.existsSync(dir)) throw new Error(`No migrations for ${provider} in ${dir}`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${crypto.randomBytes(4).toString("hex")}`;
}

export function testPostgresUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) {
    throw new Error(
      "TEST_POSTGRES_URL is not set. Run integration tests through Jest's integration project (its global setup " +
        "starts a throwaway PostgreSQL cluster), or set TEST_POSTGRES_URL to an admin URL (database `postgres`).",
    );
  }
  return url;
}

/** The URL of another database on the same server as `url`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

async function withAdminClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`));
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Deletes SQLite files left in tests/.tmp by test processes that are gone (crashed, or never dropped). */
function removeStaleSqliteFiles(): void {
  for (const name of fs.readdirSync(tmpDir)) {
    const match = /^db_(\d+)_.*\.db(-wal|-shm|-journal)?$/.exec(name);
    if (match && Number(match[1]) !== process.pid && !pidAlive(Number(match[1]))) {
      fs.rmSync(path.join(tmpDir, name), { force: true });
    }
  }
}

async function createSqlite(): Promise<TestDatabase> {
  fs.mkdirSync(tmpDir, { recursive: true });
  removeStaleSqliteFiles();
  const file = path.join(tmpDir, `${uniqueName("db")}.db`);
  const sqlite = new Database(file);
  try {
    for (const migration of migrationScripts("sqlite")) sqlite.exec(migration.sql);
  } finally {
    sqlite.close();
  }
  const url = `file:${file}`;
  const prisma = createPrismaClient(url);
  return {
    provider: "sqlite",
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    },
  };
}

async function createPostgres(): Promise<TestDatabase> {
  const name = uniqueName("test");
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(testPostgresUrl(), name);
  try {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      // One simple query per file: node-pg runs a multi-statement script as is.
      for (const migration of migrationScripts("postgresql")) await client.query(migration.sql);
    } finally {
      await client.end();
    }
  } catch (error) {
    await dropPostgresDatabase(name).catch(() => {});
    throw error;
  }
  const prisma = createPrismaClient(url);
  return {
    provider: "postgresql",
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await dropPostgresDatabase(name);
    },
  };
}

/** A new, empty, fully migrated database. Call drop() when done (e.g. in afterAll). */
export function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  return provider === "postgresql" ? createPostgres() : createSqlite();
}

export interface DatabaseContext {
  readonly provider: Provider;
  /** The client of this suite's database (available from beforeAll on). */
  readonly prisma: Db;
  readonly url: string;
}

/**
 * Runs the same suite once per provider, each on its own fresh database created in beforeAll and
 * dropped in afterAll. `fn` receives a context whose `prisma` is valid inside hooks and tests.
 */
export function describeEachDatabase(name: string, fn: (db: DatabaseContext) => void): void {
  for (const provider of providers) {
    describe(`${name} [${provider}]`, () => {
      let database: TestDatabase | undefined;
      const current = (): TestDatabase => {
        if (!database) throw new Error("The test database is created in beforeAll: use it inside hooks and tests");
        return database;
      };
      const context: DatabaseContext = {
        provider,
        get prisma() {
          return current().prisma;
        },
        get url() {
          return current().url;
        },
      };
      beforeAll(async () => {
        database = await createTestDatabase(provider);
      }, 120_000);
      afterAll(async () => {
        await database?.drop();
        database = undefined;
      }, 120_000);
      fn(context);
    });
  }
}

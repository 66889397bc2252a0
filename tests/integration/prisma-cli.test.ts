// The standard Prisma CLI workflow, run for real as a child process, on SQLite and on PostgreSQL.
//
// Each provider gets a temporary copy of the project's Prisma files (prisma.config.ts, prisma/ without
// the generated clients, node_modules linked), so that schema changes and new migrations never touch
// the repository. Every step runs on both providers at once (the CLI is CPU-bound, the machine has two
// cores); a failure names its provider.
// The CLI is started the way `npx prisma …` starts it (node_modules/.bin on PATH) with no Prisma variable
// in its environment: only DATABASE_URL for PostgreSQL, nothing for SQLite (the default
// file:./data/app.db, which must land in the copy's data/ directory). Everything else (the schema and
// migrations folder per provider, the offline schema engine) comes from prisma.config.ts. The database
// is inspected directly with better-sqlite3 / node-pg, independently of Prisma.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { derivePostgresSchema } from "../../prisma/derive-postgres-schema";
import {
  dropPostgresDatabase,
  migrationScripts,
  providers,
  testPostgresUrl,
  withDatabase,
  type Provider,
} from "../support/test-database";

// Each CLI run takes 1.5–4 s on the 2-core machine (Node start-up, Wasm compilation).
jest.setTimeout(120_000);

const root = path.resolve(__dirname, "..", "..");
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");

interface CliResult {
  code: number | null;
  output: string;
}

const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, "");

/** Runs `prisma <args>` in `cwd` like a user would: no PRISMA_* variables, only DATABASE_URL if given. */
function prisma(cwd: string, args: string[], databaseUrl?: string): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key === "DATABASE_URL" || key.startsWith("PRISMA_") || key === "TEST_POSTGRES_URL") delete env[key];
  }
  env.PATH = [path.join(root, "node_modules", ".bin"), process.env.PATH].join(path.delimiter); // as npx does
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output: stripAnsi(output) });
    });
  });
}

/** Asserts exit code 0, showing the CLI output when it is not. */
function expectSuccess(result: CliResult): string {
  if (result.code !== 0) throw new Error(`prisma exited with ${result.code}:\n${result.output}`);
  return result.output;
}

function makeProjectCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "prisma-cli-test-"));
  fs.copyFileSync(path.join(root, "prisma.config.ts"), path.join(dir, "prisma.config.ts"));
  fs.copyFileSync(path.join(root, "package.json"), path.join(dir, "package.json"));
  const generated = path.join(root, "prisma", "generated");
  fs.cpSync(path.join(root, "prisma"), path.join(dir, "prisma"), {
    recursive: true,
    filter: (source) => source !== generated && !source.startsWith(generated + path.sep),
  });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  // A trivial seed: `prisma db seed` must run the command configured in prisma.config.ts.
  fs.writeFileSync(
    path.join(dir, "prisma", "seed.ts"),
    'import fs from "node:fs";\nfs.writeFileSync("seed-ran.json", JSON.stringify({ databaseUrl: process.env.DATABASE_URL ?? null }));\n',
  );
  return dir;
}

/** Direct access to the database under test, without Prisma. */
interface Inspector {
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  tableExists(name: string): Promise<boolean>;
  close(): Promise<void>;
}

async function inspect(provider: Provider, target: string): Promise<Inspector> {
  if (provider === "sqlite") {
    const db = new Database(target);
    return {
      query: async <T,>(sql: string) => {
        const statement = db.prepare(sql);
        if (statement.reader) return statement.all() as T[];
        statement.run();
        return [];
      },
      tableExists: async (name) =>
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").all(name).length === 1,
      close: async () => void db.close(),
    };
  }
  const client = new Client({ connectionString: target });
  await client.connect();
  return {
    query: async <T,>(sql: string) => (await client.query(sql)).rows as T[],
    tableExists: async (name) =>
      (await client.query("SELECT to_regclass($1) AS t", [`public."${name}"`])).rows[0].t !== null,
    close: () => client.end(),
  };
}

async function withInspector<T>(provider: Provider, target: string, fn: (db: Inspector) => Promise<T>): Promise<T> {
  const db = await inspect(provider, target);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${crypto.randomBytes(4).toString("hex")}`;

/** One provider's temporary project and database. */
class Setup {
  readonly schemaFile: string;
  readonly migrationsDir: string;
  readonly committed: string[];
  readonly project: string;
  readonly databaseUrl: string | undefined; // undefined: SQLite's default, file:./data/app.db
  readonly target: string; // what the inspector opens
  readonly createdDatabases: string[] = [];

  constructor(readonly provider: Provider) {
    this.schemaFile = provider === "postgresql" ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma";
    this.migrationsDir = `prisma/migrations/${provider}`;
    this.committed = migrationScripts(provider).map((migration) => migration.name);
    this.project = makeProjectCopy();
    if (provider === "postgresql") {
      const name = this.newDatabaseName("cli_test"); // not created here: the CLI must create it
      this.databaseUrl = withDatabase(testPostgresUrl(), name);
      this.target = this.databaseUrl;
    } else {
      this.databaseUrl = undefined;
      this.target = path.join(this.project, "data", "app.db");
    }
  }

  newDatabaseName(prefix: string): string {
    const name = uniqueName(prefix);
    this.createdDatabases.push(name);
    return name;
  }

  run(...args: string[]): Promise<CliResult> {
    return prisma(this.project, args, this.databaseUrl);
  }

  db<T>(fn: (db: Inspector) => Promise<T>): Promise<T> {
    return withInspector(this.provider, this.target, fn);
  }

  async migrationNames(): Promise<string[]> {
    const rows = await this.db((d) =>
      d.query<{ migration_name: string; finished_at: unknown }>("SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name"),
    );
    for (const row of rows) expect(row.finished_at).not.toBeNull();
    return rows.map((row) => row.migration_name);
  }

  async dispose(): Promise<void> {
    for (const name of this.createdDatabases) await dropPostgresDatabase(name).catch(() => {});
    fs.rmSync(this.project, { recursive: true, force: true });
  }
}

describe("the Prisma CLI, on SQLite and PostgreSQL side by side", () => {
  let setups: Setup[] = [];

  /** Runs a step for every provider at once (the CLI is CPU-bound; there are two cores), naming the failures. */
  async function onEachProvider(step: (setup: Setup) => Promise<void>): Promise<void> {
    const results = await Promise.allSettled(setups.map((setup) => step(setup)));
    const failures = results.flatMap((result, i) =>
      result.status === "rejected" ? [`[${setups[i].provider}] ${(result.reason as Error)?.stack ?? result.reason}`] : [],
    );
    if (failures.length > 0) throw new Error(failures.join("\n\n"));
  }

  beforeAll(() => {
    setups = providers.map((provider) => new Setup(provider));
  });

  afterAll(async () => {
    await Promise.all(setups.map((setup) => setup.dispose()));
  });

  test("migrate deploy creates the database and applies the committed migrations", () =>
    onEachProvider(async (s) => {
      expect(expectSuccess(await s.run("migrate", "deploy"))).toMatch(/All migrations have been successfully applied/);
      if (s.provider === "sqlite") expect(fs.existsSync(s.target)).toBe(true); // relative to the project root
      expect(await s.migrationNames()).toEqual(s.committed);
      expect(await s.db((d) => d.tableExists("Fact"))).toBe(true);
    }));

  test("migrate status says the database is up to date", () =>
    onEachProvider(async (s) => {
      expect(expectSuccess(await s.run("migrate", "status"))).toMatch(/Database schema is up to date/);
    }));

  test("migrate diff --exit-code: the committed migrations match the schema (no drift)", () =>
    onEachProvider(async (s) => {
      // The repository's own files (not the copy's), replayed on a shadow database.
      const result = await s.run(
        "migrate", "diff",
        "--from-migrations", path.join(root, s.migrationsDir),
        "--to-schema", path.join(root, s.schemaFile),
        "--exit-code",
      );
      expect(expectSuccess(result)).toMatch(/No difference detected/);
    }));

  test("migrate dev turns a schema change into a new migration and keeps the rows of the main database", () =>
    onEachProvider(async (s) => {
      await s.db((d) => d.query(`INSERT INTO "RateLimit" ("key", "points", "expire") VALUES ('survivor', 7, '2024-01-01 00:00:00')`));
      const source = path.join(s.project, "prisma", "schema.prisma");
      fs.appendFileSync(source, '\nmodel CliTestExtra {\n  id   String @id\n  note String @default("a;b")\n}\n');
      fs.writeFileSync(path.join(s.project, "prisma", "postgresql", "schema.prisma"), derivePostgresSchema(fs.readFileSync(source, "utf8")));

      // Creates the migration from a shadow replay of the existing ones, then applies it to the main database.
      expect(expectSuccess(await s.run("migrate", "dev", "--name", "add_extra"))).toMatch(/Your database is now in sync with your schema/);
      const created = fs.readdirSync(path.join(s.project, s.migrationsDir)).filter((name) => /^\d{14}_add_extra$/.test(name));
      expect(created).toHaveLength(1);
      const sql = fs.readFileSync(path.join(s.project, s.migrationsDir, created[0], "migration.sql"), "utf8");
      expect(sql).toMatch(/CREATE TABLE "CliTestExtra"/);
      expect(sql).toContain("'a;b'");

      // The main database was migrated, not reset: the row is still there (on PostgreSQL the shadow
      // database must be a database of its own, created and dropped by the engine bridge).
      const survivors = await s.db((d) => d.query<{ points: unknown }>(`SELECT "points" FROM "RateLimit" WHERE "key" = 'survivor'`));
      expect(survivors.map((row) => Number(row.points))).toEqual([7]);
      expect(await s.db((d) => d.tableExists("CliTestExtra"))).toBe(true);
      expect(await s.migrationNames()).toEqual([...s.committed, created[0]]);
      if (s.provider === "postgresql") {
        const shadows = await withInspector("postgresql", testPostgresUrl(), (d) =>
          d.query("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'"),
        );
        expect(shadows).toEqual([]);
      }
    }));

  test("db seed runs the seed command of prisma.config.ts", () =>
    onEachProvider(async (s) => {
      expectSuccess(await s.run("db", "seed"));
      const marker = JSON.parse(fs.readFileSync(path.join(s.project, "seed-ran.json"), "utf8"));
      expect(marker.databaseUrl).toBe(s.databaseUrl ?? null);
    }));

  test("migrate reset --force empties the database and re-applies every migration", () =>
    onEachProvider(async (s) => {
      expectSuccess(await s.run("migrate", "reset", "--force"));
      expect(await s.db((d) => d.query(`SELECT * FROM "RateLimit"`))).toEqual([]);
      expect(await s.db((d) => d.tableExists("CliTestExtra"))).toBe(true);
      expect(await s.migrationNames()).toHaveLength(s.committed.length + 1);
    }));

  test("migrate dev on a brand-new database creates it and applies the pending migrations", () =>
    onEachProvider(async (s) => {
      const url = s.provider === "postgresql" ? withDatabase(testPostgresUrl(), s.newDatabaseName("cli_fresh")) : "file:./data/fresh.db";
      const fresh = s.provider === "postgresql" ? url : path.join(s.project, "data", "fresh.db");
      expectSuccess(await prisma(s.project, ["migrate", "dev"], url));
      const rows = await withInspector(s.provider, fresh, (d) => d.query("SELECT migration_name FROM _prisma_migrations"));
      expect(rows).toHaveLength(s.committed.length + 1);
    }));

  test("validate and format accept the schema; the schema engine is the offline bridge", () =>
    onEachProvider(async (s) => {
      expect(expectSuccess(await s.run("validate"))).toMatch(/is valid/);
      expectSuccess(await s.run("format"));
      expect(expectSuccess(await s.run("version"))).toMatch(/Schema Engine\s*:.*Wasm bridge.*resolved by PRISMA_SCHEMA_ENGINE_BINARY/);
    }));
});

// Builds a Prisma client for the configured database. SQLite (the default, an embedded file) goes
// through better-sqlite3; a postgresql:// URL switches to PostgreSQL through node-pg. Both clients
// are generated from the same models, so the SQLite client's type stands for both.
import path from "node:path";
import fs from "node:fs";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../prisma/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../../prisma/generated/postgresql/client";

export type Db = SqliteClient;
export type DatabaseProvider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/** `file:./data/app.db` → absolute path, relative to the working directory (the project root). */
export function sqliteFilePath(url: string): string {
  const raw = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw);
}

export function createPrismaClient(url: string = databaseUrl()): Db {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE) || 10 });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return new SqliteClient({ adapter: new TunedSqlite({ url: `file:${file}`, timeout: 5000 }) });
}

/**
 * Write-ahead logging lets readers proceed during a write, and synchronous=NORMAL makes a commit
 * one fsync of the log instead of two: several times faster per review or answer. A commit that
 * returned survives a crash of the app process; only a power cut can lose the last moments.
 * A 32 MB page cache (the default is 2 MB) keeps the hot indexes of a large base in memory.
 */
class TunedSqlite extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32000;");
    return adapter;
  }
}

// Prisma CLI configuration (Prisma 7 reads it for generate, migrate, db, validate, format, studio).
//
// One data model, two databases. DATABASE_URL picks both the schema and its migrations folder:
//   unset or file:…        → SQLite:     prisma/schema.prisma            + prisma/migrations/sqlite
//   postgres(ql)://…       → PostgreSQL: prisma/postgresql/schema.prisma + prisma/migrations/postgresql
// (prisma/postgresql/schema.prisma is derived from prisma/schema.prisma by prisma/derive-postgres-schema.ts.)
// The default URL is the one the app uses at runtime (app/_data/prisma-client.ts): file:./data/app.db.
// A relative SQLite path is made absolute here, relative to this file's directory (the project root),
// so that the CLI and the app (which resolves it against its working directory, the project root)
// open the same file, also with `--config` from elsewhere and whichever schema engine runs.
//
// Schema engine: the Prisma CLI runs a native `schema-engine` binary that it downloads from
// binaries.prisma.sh, which offline machines cannot reach. Unless PRISMA_SCHEMA_ENGINE_BINARY is
// already set (for instance to a native engine), it is pointed here at prisma/engine/schema-engine.cjs,
// a small Node bridge to the WebAssembly build of the same engine (see the header of that file). The
// CLI loads this file before it looks for or downloads engines, so the setting takes effect for every
// command typed as usual (`npx prisma migrate dev`, …) and no download is attempted. Prisma 7's config
// has no option of its own for the engine path; the environment variable is the documented override.
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

const projectRoot = typeof __dirname === "string" ? __dirname : process.cwd();

const DEFAULT_DATABASE_URL = "file:./data/app.db";

const databaseUrl = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
const isPostgres = /^postgres(ql)?:\/\//i.test(databaseUrl);

/** file:./data/app.db → file:/abs/project/data/app.db (query string kept). */
function absoluteSqliteUrl(url: string): string {
  const match = /^file:(?!\/\/)([^?]*)(\?.*)?$/.exec(url);
  if (!match || path.isAbsolute(match[1])) return url;
  return `file:${path.resolve(projectRoot, match[1])}${match[2] ?? ""}`;
}

// (Not on Windows, which cannot spawn a .cjs file: there the CLI fetches its native engine as usual.)
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && process.platform !== "win32") {
  const bridge = path.join(projectRoot, "prisma", "engine", "schema-engine.cjs");
  try {
    fs.accessSync(bridge, fs.constants.X_OK);
  } catch {
    try {
      fs.chmodSync(bridge, 0o755); // a checkout that lost the executable bit
    } catch {
      // read-only checkout: the CLI will report that it cannot run the engine
    }
  }
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = bridge;
}

export default defineConfig({
  schema: path.join(projectRoot, "prisma", isPostgres ? "postgresql/schema.prisma" : "schema.prisma"),
  migrations: {
    path: path.join(projectRoot, "prisma", "migrations", isPostgres ? "postgresql" : "sqlite"),
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: isPostgres ? databaseUrl : absoluteSqliteUrl(databaseUrl),
  },
});

// Derives prisma/postgresql/schema.prisma from prisma/schema.prisma, the one source of truth.
//
// Prisma needs one schema per database provider (the provider is fixed in the datasource block and
// the generated client and query compiler are provider-specific). The PostgreSQL schema is therefore
// the SQLite schema with exactly two changes: `provider = "postgresql"` in the datasource block and
// the client generated to prisma/generated/postgresql (the output path is relative to the schema
// file). The source's leading comment block is replaced by a "generated, do not edit" header;
// everything else is copied verbatim. tests/unit/postgres-schema.test.ts fails when the committed
// file is not what this produces.
//
//   npx tsx prisma/derive-postgres-schema.ts          # rewrite prisma/postgresql/schema.prisma
//   npx tsx prisma/derive-postgres-schema.ts --check  # exit 1 if it is out of date
import fs from "node:fs";
import path from "node:path";

export const SOURCE_SCHEMA_PATH = path.join(__dirname, "schema.prisma");
export const POSTGRES_SCHEMA_PATH = path.join(__dirname, "postgresql", "schema.prisma");

const HEADER = [
  "// GENERATED FILE: do not edit. Derived from prisma/schema.prisma (the single source of truth)",
  "// by prisma/derive-postgres-schema.ts: same models, provider postgresql, client generated to",
  "// prisma/generated/postgresql. After editing prisma/schema.prisma run",
  "//   npx tsx prisma/derive-postgres-schema.ts",
].join("\n") + "\n\n";

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"));
  if (!matches || matches.length !== 1) {
    throw new Error(`derive-postgres-schema: expected exactly one ${what} in prisma/schema.prisma, found ${matches?.length ?? 0}`);
  }
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for the given SQLite schema text. */
export function derivePostgresSchema(source: string): string {
  const normalized = source.replace(/\r\n/g, "\n");
  // Drop the source's leading comment block (it describes the source file itself).
  const body = normalized.replace(/^(?:[ \t]*\/\/[^\n]*\n)+\n*/, "");
  let out = replaceOnce(
    body,
    /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/,
    '$1"postgresql"',
    'datasource block with provider = "sqlite"',
  );
  out = replaceOnce(
    out,
    /(generator\s+\w+\s*\{[^}]*?output\s*=\s*)"\.\/generated\/sqlite"/,
    '$1"../generated/postgresql"',
    'generator with output = "./generated/sqlite"',
  );
  return HEADER + out;
}

export function isPostgresSchemaUpToDate(): boolean {
  const expected = derivePostgresSchema(fs.readFileSync(SOURCE_SCHEMA_PATH, "utf8"));
  return fs.existsSync(POSTGRES_SCHEMA_PATH) && fs.readFileSync(POSTGRES_SCHEMA_PATH, "utf8") === expected;
}

function main(argv: string[]): number {
  const expected = derivePostgresSchema(fs.readFileSync(SOURCE_SCHEMA_PATH, "utf8"));
  if (argv.includes("--check")) {
    if (isPostgresSchemaUpToDate()) return 0;
    console.error("prisma/postgresql/schema.prisma is out of date: run npx tsx prisma/derive-postgres-schema.ts");
    return 1;
  }
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA_PATH), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA_PATH, expected);
  console.log(`Wrote ${path.relative(process.cwd(), POSTGRES_SCHEMA_PATH)}`);
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

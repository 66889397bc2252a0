// prisma/postgresql/schema.prisma is derived from prisma/schema.prisma (the one source of truth) and
// committed; this fails when someone edits one without re-deriving the other:
//   npx tsx prisma/derive-postgres-schema.ts
import fs from "node:fs";
import path from "node:path";
import {
  POSTGRES_SCHEMA_PATH,
  SOURCE_SCHEMA_PATH,
  derivePostgresSchema,
} from "../../prisma/derive-postgres-schema";

const root = path.resolve(__dirname, "..", "..");
const read = (file: string) => fs.readFileSync(file, "utf8");

describe("prisma/postgresql/schema.prisma", () => {
  test("is exactly what derive-postgres-schema.ts produces from prisma/schema.prisma", () => {
    expect(read(POSTGRES_SCHEMA_PATH)).toBe(derivePostgresSchema(read(SOURCE_SCHEMA_PATH)));
  });

  test("differs from the source only in the provider, the client output and the header comment", () => {
    const code = (text: string) =>
      text
        .split("\n")
        .filter((line) => !/^\s*\/\//.test(line) && line.trim() !== "")
        .map((line) => line.replace(/"sqlite"/, '"postgresql"').replace('"./generated/sqlite"', '"../generated/postgresql"'));
    expect(code(read(POSTGRES_SCHEMA_PATH))).toEqual(code(read(SOURCE_SCHEMA_PATH)));
    expect(read(POSTGRES_SCHEMA_PATH)).toMatch(/^\/\/ GENERATED FILE: do not edit/);
    expect(read(POSTGRES_SCHEMA_PATH)).toMatch(/provider\s*=\s*"postgresql"/);
    expect(read(POSTGRES_SCHEMA_PATH)).toMatch(/output\s*=\s*"\.\.\/generated\/postgresql"/);
  });

  test("derivation refuses a source it does not recognise instead of guessing", () => {
    expect(() => derivePostgresSchema('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/provider = "sqlite"/);
  });
});

describe("committed migrations", () => {
  test.each([
    ["sqlite", 'provider = "sqlite"'],
    ["postgresql", 'provider = "postgresql"'],
  ])("prisma/migrations/%s has its lock file and at least one migration.sql", (provider, lockLine) => {
    const dir = path.join(root, "prisma", "migrations", provider);
    expect(read(path.join(dir, "migration_lock.toml"))).toContain(lockLine);
    const migrations = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(migrations.length).toBeGreaterThan(0);
    for (const name of migrations) {
      expect(name).toMatch(/^\d{14}_\w+$/);
      expect(fs.existsSync(path.join(dir, name, "migration.sql"))).toBe(true);
    }
  });
});

// The one way the data layer writes raw SQL (the few reads that must stay within a few ms, see
// app/_data/quiz/pool-queries.ts). Values always go through Prisma's tagged template, which turns them
// into the provider's placeholders ($1 on PostgreSQL, ? on SQLite) and never into the text. What is
// spelled into the text is only identifiers, quoted here the way both databases read them.
import { Prisma } from "../../prisma/generated/sqlite/client";

export type Sql = Prisma.Sql;
export const sql = Prisma.sql;
export const empty = Prisma.empty;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A table or column name: `"Fact"`, or `f."deckId"` with an alias. */
export function ident(name: string, alias?: string): Sql {
  return Prisma.raw(alias ? `${alias}.${quote(name)}` : quote(name));
}

/** A comma-separated column list of one table alias: `f."key", f."answerType", …`. */
export function columns(alias: string, names: readonly string[]): Sql {
  return Prisma.raw(names.map((n) => `${alias}.${quote(n)}`).join(", "));
}

/** Values for `IN (…)`, one placeholder each. Callers keep lists non-empty (`IN ()` is invalid SQL). */
export function list(values: readonly unknown[]): Sql {
  return Prisma.join(values);
}

/** Parts joined by a separator keyword (`UNION ALL`, `OR`). */
export function joinParts(parts: readonly Sql[], separator: "UNION ALL" | "OR" | "AND"): Sql {
  return Prisma.join(parts, ` ${separator} `);
}

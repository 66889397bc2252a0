/** A unique index refused the write (Prisma P2002, on SQLite and PostgreSQL alike). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

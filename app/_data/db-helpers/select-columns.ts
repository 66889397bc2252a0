/** A Prisma `select` of these columns, typed as the literal object Prisma expects. */
export function selectColumns<const K extends string>(columns: readonly K[]): { [C in K]: true } {
  return Object.fromEntries(columns.map((column) => [column, true])) as { [C in K]: true };
}

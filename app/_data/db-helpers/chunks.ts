// Long id lists are queried in parts: keeps `IN (…)` lists well under both databases' parameter limits.
export const IN_LIST_LIMIT = 500;

export function chunks<T>(list: readonly T[], size = IN_LIST_LIMIT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Runs `load` on each part of `list` in turn and joins the results. */
export async function inChunks<T, R>(list: readonly T[], load: (part: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const part of chunks(list)) out.push(...(await load(part)));
  return out;
}

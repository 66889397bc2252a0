// A read kept for a few seconds, per database client: for small tables that change rarely and where a
// few seconds of staleness only shifts a sample (deck ranges, distractor entities). Fact content itself
// is never kept. Each app instance keeps its own; nothing needs invalidating across instances.
import type { Db } from "../prisma-client";

export function recentlyRead<T>(maxAgeMs: number, read: (db: Db, key: string) => Promise<T>) {
  const kept = new WeakMap<Db, Map<string, { at: number; value: Promise<T> }>>();
  return (db: Db, key: string, options: { fresh?: boolean } = {}): Promise<T> => {
    let byKey = kept.get(db);
    if (!byKey) kept.set(db, (byKey = new Map()));
    const now = Date.now();
    const hit = byKey.get(key);
    if (hit && !options.fresh && now - hit.at < maxAgeMs) return hit.value;
    const value = read(db, key);
    byKey.set(key, { at: now, value });
    value.catch(() => byKey.delete(key));
    return value;
  };
}

// A bounded in-memory cache of read results, each entry labelled with tags; invalidating a tag makes
// every entry read under it stale. Not Next's `unstable_cache` / `'use cache'`: those need a request
// (revalidateTag throws outside one, so a background import job or another instance's notification
// could not invalidate), `'use cache'` needs Cache Components (whose prerendered shells cannot carry
// the per-request CSP nonce), and `unstable_cache` writes an entry per key to disk without a bound.
import { LRUCache } from "lru-cache";

export interface TaggedCache {
  /** The value of `key`, read by `load` on a miss; concurrent misses share one read. */
  read<T>(key: string, tags: readonly string[], load: () => Promise<T>): Promise<T>;
  /** Every entry read under `tag` (including reads in flight now) is stale from here on. */
  invalidate(tag: string): void;
  /** Everything is stale (used when invalidations may have been missed). */
  invalidateAll(): void;
}

interface Entry {
  value: Promise<unknown>;
  /** The tag versions the read started under. */
  versions: ReadonlyArray<readonly [string, number]>;
}

export function createTaggedCache(options: { maxEntries: number }): TaggedCache {
  const entries = new LRUCache<string, Entry>({ max: options.maxEntries });
  const versions = new Map<string, number>();
  let epoch = 0;
  const versionOf = (tag: string) => epoch + (versions.get(tag) ?? 0);
  const isFresh = (entry: Entry) => entry.versions.every(([tag, version]) => versionOf(tag) === version);

  return {
    read<T>(key: string, tags: readonly string[], load: () => Promise<T>): Promise<T> {
      const cached = entries.get(key);
      if (cached && isFresh(cached)) return cached.value as Promise<T>;
      // Versions are taken before the read starts: an invalidation during the read leaves it stale.
      const entry: Entry = { value: load(), versions: tags.map((tag) => [tag, versionOf(tag)] as const) };
      entries.set(key, entry);
      // A failed read is not kept: the next request tries again.
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return entry.value as Promise<T>;
    },
    invalidate(tag) {
      versions.set(tag, (versions.get(tag) ?? 0) + 1);
    },
    invalidateAll() {
      epoch += 1;
      entries.clear();
    },
  };
}

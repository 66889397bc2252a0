import "server-only";
// The fact base as pages read it (decks, facts, terms, sources, tags) changes only on import or edit,
// so its reads are cached per process under one tag and dropped together by `invalidateContent()`.
// With several instances on one PostgreSQL, the invalidation travels to every instance through the
// live broker (LISTEN/NOTIFY); on SQLite there is one process and the broker is in-process.
// Learner data is never read through here: keys hold only what every visitor sees alike.
import { randomUUID } from "node:crypto";
import { getLiveBroker } from "../live/broker/get-live-broker";
import type { LiveBroker } from "../live/broker/live-broker";
import { createTaggedCache } from "./tagged-cache";

export const CONTENT_TAG = "content";
/** The broker channel cache invalidations travel on. */
export const CACHE_CHANNEL = "cache:invalidate";

// About 50 pages of facts per locale-independent query plus decks, terms and single facts.
const MAX_ENTRIES = 1000;
/** How long a read waits for the invalidation listener before reading uncached. */
const LISTEN_WAIT_MS = 2000;

export interface ContentCache {
  /** A content read, cached under the content tag by its key (name and JSON arguments). */
  read<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Drops this instance's content entries and tells every other instance to drop theirs. */
  invalidate(): Promise<void>;
}

/** A content cache whose invalidations travel through `broker` (one per process; tests make two). */
export function createContentCache(
  broker: () => LiveBroker,
  { maxEntries = MAX_ENTRIES, listenWaitMs = LISTEN_WAIT_MS }: { maxEntries?: number; listenWaitMs?: number } = {},
): ContentCache {
  const cache = createTaggedCache({ maxEntries });
  // Tells this instance's own notifications apart from other instances'.
  const origin = randomUUID();
  let lastId = 0;
  let subscribed: Promise<void> | undefined;
  let listening = false;

  // Listens for other instances' invalidations. Until the listener is ready nothing is cached, so no
  // entry can outlive an invalidation this instance did not hear: a read waits for it a moment, then
  // goes to the database uncached (a listener that cannot connect must not stall the pages).
  const listen = () =>
    (subscribed ??= (async () => {
      const live = broker();
      live.subscribe(
        CACHE_CHANNEL,
        (event) => {
          const data = (event.data ?? {}) as { origin?: string; tag?: string };
          if (data.origin === origin) return;
          if (typeof data.tag === "string") cache.invalidate(data.tag);
          else cache.invalidateAll();
        },
        // The listener lost its connection: invalidations may have been missed.
        { onResync: () => cache.invalidateAll() },
      );
      await live.ready();
      listening = true;
    })().catch((error) => {
      subscribed = undefined;
      throw error;
    }));

  return {
    async read(key, load) {
      if (!listening) {
        const ready = listen().then(
          () => true,
          () => false,
        );
        const waited = await Promise.race([ready, new Promise<boolean>((resolve) => setTimeout(resolve, listenWaitMs, false).unref())]);
        if (!waited) return load();
      }
      return cache.read(key, [CONTENT_TAG], load);
    },
    async invalidate() {
      cache.invalidate(CONTENT_TAG);
      // Ids must increase per channel for subscribers; a clock-based id does across instances on one
      // host (or with synchronised clocks), and increases here even within one millisecond.
      lastId = Math.max(lastId + 1, Date.now());
      try {
        await broker().publish(CACHE_CHANNEL, { id: lastId, type: "invalidate", data: { origin, tag: CONTENT_TAG } });
      } catch (error) {
        // This instance's entries are dropped already; the others resync when their listener reconnects.
        console.error("content cache: could not tell other instances to invalidate", error);
      }
    },
  };
}

// One per server process (and per dev-server reload), like the Prisma client and the broker.
const globalForCache = globalThis as unknown as { __contentCache?: ContentCache };
const contentCache = (globalForCache.__contentCache ??= createContentCache(getLiveBroker));

/** A read of the fact base, cached until the content changes. */
export function cachedContent<T>(key: string, load: () => Promise<T>): Promise<T> {
  return contentCache.read(key, load);
}

/**
 * Call after any change to the fact base commits (import, edit): the next read of every content page,
 * on every instance, comes from the database again. Never throws.
 */
export function invalidateContent(): Promise<void> {
  return contentCache.invalidate();
}

// The content cache as two app instances use it on one database: each instance has its own cache and
// its own broker connection (on PostgreSQL, LISTEN/NOTIFY across two connections, as two processes
// would have). An import on one instance reaches the database; the other instance keeps serving its
// cached read until the invalidation arrives through the broker, then reads the new content.
import fs from "node:fs";
import { createContentCache, type ContentCache } from "@/app/_data/cache/content";
import { createInProcessBroker } from "@/app/_data/live/broker/in-process-broker";
import type { LiveBroker } from "@/app/_data/live/broker/live-broker";
import { createPostgresBroker } from "@/app/_data/live/broker/postgres-broker";
import { listDeckTree } from "@/app/_data/facts/deck-tree";
import { importFile } from "@/app/_data/interchange/import-file";
import { defaultContentFiles } from "@/app/_data/seed-default-deck";
import { describeEachDatabase } from "../support/test-database";

const seed = () => JSON.parse(fs.readFileSync(defaultContentFiles()[0], "utf8"));
const bytesOf = (document: unknown) => new TextEncoder().encode(JSON.stringify(document));

/** Polls `read` until `done` holds (the broker delivers asynchronously); fails after many tries. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return read();
}

describeEachDatabase("content cache on two instances", (t) => {
  const brokers: LiveBroker[] = [];
  let one: ContentCache;
  let two: ContentCache;
  beforeAll(async () => {
    expect((await importFile(t.prisma, bytesOf(seed()))).ok).toBe(true);
    // SQLite is served by one process, so its instances share the in-process broker.
    const shared = createInProcessBroker();
    const brokerFor = (name: string) =>
      t.provider === "postgresql" ? createPostgresBroker({ connectionString: t.url, applicationName: `content-cache-${name}` }) : shared;
    const [b1, b2] = [brokerFor("one"), brokerFor("two")];
    brokers.push(...new Set([b1, b2]));
    one = createContentCache(() => b1);
    two = createContentCache(() => b2);
  });
  // Closed by the last test, before the suite's database is dropped (the listener would retry).
  const closeBrokers = async () => {
    for (const broker of brokers.splice(0)) await broker.close();
  };
  afterAll(closeBrokers);

  test("an import on one instance invalidates the other's cached read", async () => {
    let reads = 0;
    const deckName = (cache: ContentCache) =>
      cache.read("deckTree", async () => (reads++, listDeckTree(t.prisma))).then((decks) => decks.find((d) => d.key === "nids-289")?.nameEn);
    const original = seed().decks[0].nameEn as string;
    expect(await deckName(one)).toBe(original);
    expect(await deckName(two)).toBe(original);
    expect(await deckName(two)).toBe(original);
    expect(reads).toBe(2); // once per instance

    const changed = seed();
    changed.decks[0].nameEn = "Renamed by an import on instance one";
    expect((await importFile(t.prisma, bytesOf(changed))).ok).toBe(true);
    // The database has changed, but the cache is only told by invalidate(): instance two still
    // serves what it read (proof that the page reads really come from the cache).
    expect(await deckName(two)).toBe(original);
    await one.invalidate();
    expect(await deckName(one)).toBe(changed.decks[0].nameEn);
    expect(await eventually(() => deckName(two), (name) => name !== original)).toBe(changed.decks[0].nameEn);
    // And it stays cached again afterwards.
    const before = reads;
    await deckName(two);
    expect(reads).toBe(before);
    await closeBrokers();
  });
});

// The tagged read cache behind the content pages: one read per key until its tag is invalidated,
// shared by concurrent misses, never keeping a failure or a read that an invalidation overtook.
import { createTaggedCache } from "@/app/_data/cache/tagged-cache";

function counter<T>(value: () => T) {
  let calls = 0;
  return { load: async () => (calls++, value()), calls: () => calls };
}

test("reads once per key until the tag is invalidated", async () => {
  const cache = createTaggedCache({ maxEntries: 10 });
  let name = "old";
  const read = counter(() => name);
  expect(await cache.read("k", ["content"], read.load)).toBe("old");
  name = "new";
  expect(await cache.read("k", ["content"], read.load)).toBe("old");
  expect(read.calls()).toBe(1);
  cache.invalidate("content");
  expect(await cache.read("k", ["content"], read.load)).toBe("new");
  expect(read.calls()).toBe(2);
});

test("only entries under the invalidated tag are read again", async () => {
  const cache = createTaggedCache({ maxEntries: 10 });
  const a = counter(() => "a");
  const b = counter(() => "b");
  await cache.read("a", ["content"], a.load);
  await cache.read("b", ["other"], b.load);
  cache.invalidate("content");
  await cache.read("a", ["content"], a.load);
  await cache.read("b", ["other"], b.load);
  expect([a.calls(), b.calls()]).toEqual([2, 1]);
});

test("concurrent misses share one read", async () => {
  const cache = createTaggedCache({ maxEntries: 10 });
  const read = counter(() => 42);
  const values = await Promise.all(Array.from({ length: 5 }, () => cache.read("k", ["content"], read.load)));
  expect(values).toEqual([42, 42, 42, 42, 42]);
  expect(read.calls()).toBe(1);
});

test("a read overtaken by an invalidation is not served afterwards", async () => {
  const cache = createTaggedCache({ maxEntries: 10 });
  let release!: (v: string) => void;
  const slow = cache.read("k", ["content"], () => new Promise<string>((resolve) => (release = resolve)));
  cache.invalidate("content"); // the content changed while the old value was being read
  release("old");
  expect(await slow).toBe("old");
  expect(await cache.read("k", ["content"], async () => "new")).toBe("new");
});

test("a failed read is not kept", async () => {
  const cache = createTaggedCache({ maxEntries: 10 });
  await expect(cache.read("k", ["content"], async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
  expect(await cache.read("k", ["content"], async () => "back")).toBe("back");
});

test("invalidateAll drops every tag's entries; the entry count stays bounded", async () => {
  const cache = createTaggedCache({ maxEntries: 3 });
  const reads = Array.from({ length: 5 }, (_, i) => counter(() => i));
  for (let i = 0; i < 5; i++) await cache.read(`k${i}`, ["t"], reads[i].load);
  for (let i = 0; i < 5; i++) await cache.read(`k${i}`, ["t"], reads[i].load);
  // Five keys through three slots, in order: every key was evicted before it came round again.
  expect(reads.map((r) => r.calls())).toEqual([2, 2, 2, 2, 2]);
  const kept = counter(() => "x");
  await cache.read("x", ["u"], kept.load);
  cache.invalidateAll();
  await cache.read("x", ["u"], kept.load);
  expect(kept.calls()).toBe(2);
});

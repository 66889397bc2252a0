// The content cache's use of the broker: its own invalidations are not applied twice, other instances'
// are, and while the listener is not ready nothing is cached (reads go to the database, unblocked).
import { createContentCache } from "@/app/_data/cache/content";
import { createInProcessBroker } from "@/app/_data/live/broker/in-process-broker";
import type { LiveBroker } from "@/app/_data/live/broker/live-broker";

test("reads are cached once the listener is ready, and another instance's invalidation drops them", async () => {
  const broker = createInProcessBroker();
  const one = createContentCache(() => broker);
  const two = createContentCache(() => broker);
  let value = "old";
  let reads = 0;
  const load = async () => (reads++, value);
  expect(await two.read("k", load)).toBe("old");
  value = "new";
  expect(await two.read("k", load)).toBe("old");
  expect(reads).toBe(1);
  await one.invalidate();
  for (let i = 0; i < 50 && (await two.read("k", load)) === "old"; i++) await new Promise((r) => setTimeout(r, 10));
  expect(await two.read("k", load)).toBe("new");
  await broker.close();
});

test("while the listener cannot get ready, every read goes to the database and none waits long", async () => {
  const neverReady: LiveBroker = {
    publish: async () => {},
    subscribe: () => () => {},
    ready: () => new Promise(() => {}),
    close: async () => {},
  };
  const cache = createContentCache(() => neverReady, { listenWaitMs: 50 });
  let reads = 0;
  const load = async () => ++reads;
  expect(await cache.read("k", load)).toBe(1);
  expect(await cache.read("k", load)).toBe(2);
});

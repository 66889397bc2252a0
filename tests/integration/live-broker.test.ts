// The live broker on its two real transports: in-process events, and PostgreSQL LISTEN/NOTIFY on a
// throwaway cluster, across two Node processes and through a dropped listener connection.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import readline from "node:readline";
import { Client } from "pg";
import { createInProcessBroker } from "@/app/_data/live/broker/in-process-broker";
import { EventTooLargeError, MAX_EVENT_BYTES, type LiveBroker, type LiveEvent } from "@/app/_data/live/broker/live-broker";
import { createPostgresBroker, type PostgresLiveBroker } from "@/app/_data/live/broker/postgres-broker";
import { createLiveBroker } from "@/app/_data/live/broker/get-live-broker";
import { dropPostgresDatabase, testPostgresUrl, withDatabase } from "../support/test-database";

const root = path.resolve(__dirname, "..", "..");

/** Collects a subscriber's events and lets a test wait until it has `n` of them. */
function collector() {
  const events: LiveEvent[] = [];
  let waiting: { n: number; resolve: () => void } | null = null;
  return {
    events,
    handler: (event: LiveEvent) => {
      events.push(event);
      if (waiting && events.length >= waiting.n) waiting.resolve();
    },
    until: (n: number) =>
      events.length >= n ? Promise.resolve() : new Promise<void>((resolve) => (waiting = { n, resolve })),
  };
}

const ids = (events: LiveEvent[]) => events.map((e) => e.id);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function sharedBehaviour(name: string, make: () => Promise<LiveBroker>) {
  describe(name, () => {
    let broker: LiveBroker;
    beforeEach(async () => {
      broker = await make();
    });
    afterEach(() => broker.close());

    test("delivers to the channel's subscribers, in publish order, and only to them", async () => {
      const a = collector();
      const b = collector();
      const other = collector();
      broker.subscribe("game:1", a.handler);
      broker.subscribe("game:1", b.handler);
      broker.subscribe("game:2", other.handler);
      await broker.ready();
      await Promise.all(range(1, 50).map((id) => broker.publish("game:1", { id, type: "tick", data: { n: id } })));
      await broker.publish("game:2", { id: 1, type: "marker" });
      await Promise.all([a.until(50), b.until(50), other.until(1)]);
      expect(ids(a.events)).toEqual(range(1, 50));
      expect(ids(b.events)).toEqual(range(1, 50));
      expect(a.events[9]).toEqual({ id: 10, type: "tick", data: { n: 10 } });
      expect(other.events).toEqual([{ id: 1, type: "marker" }]);
    });

    test("unsubscribing stops delivery", async () => {
      const kept = collector();
      const gone = collector();
      broker.subscribe("game:1", kept.handler);
      const unsubscribe = broker.subscribe("game:1", gone.handler);
      await broker.ready();
      await broker.publish("game:1", { id: 1, type: "a" });
      await Promise.all([kept.until(1), gone.until(1)]);
      unsubscribe();
      await broker.publish("game:1", { id: 2, type: "b" });
      await kept.until(2);
      expect(ids(gone.events)).toEqual([1]);
    });

    test("a repeated or stale id is not delivered twice", async () => {
      const c = collector();
      broker.subscribe("game:1", c.handler);
      await broker.ready();
      for (const id of [1, 2, 2, 1, 3]) await broker.publish("game:1", { id, type: "x" });
      await c.until(3);
      await broker.publish("game:1", { id: 4, type: "end" });
      await c.until(4);
      expect(ids(c.events)).toEqual([1, 2, 3, 4]);
    });

    test("a failing handler does not keep the event from the others", async () => {
      const c = collector();
      const spy = jest.spyOn(console, "error").mockImplementation(() => {});
      broker.subscribe("game:1", () => {
        throw new Error("broken stream");
      });
      broker.subscribe("game:1", c.handler);
      await broker.ready();
      await broker.publish("game:1", { id: 1, type: "x" });
      await c.until(1);
      expect(spy).toHaveBeenCalled();
      spy.mockRestore();
    });

    test("events must stay under NOTIFY's limit: near it goes through, over it is refused", async () => {
      const c = collector();
      broker.subscribe("game:1", c.handler);
      await broker.ready();
      const near = "x".repeat(MAX_EVENT_BYTES - 100);
      await broker.publish("game:1", { id: 1, type: "big", data: near });
      await c.until(1);
      expect(c.events[0].data).toBe(near);
      await expect(broker.publish("game:1", { id: 2, type: "big", data: "あ".repeat(3000) })).rejects.toBeInstanceOf(EventTooLargeError);
      await expect(broker.publish("bad channel", { id: 3, type: "x" })).rejects.toThrow("invalid live channel");
      await expect(broker.publish("game:1", { id: -1, type: "x" })).rejects.toThrow("invalid live event id");
    });
  });
}

sharedBehaviour("in-process broker", async () => createInProcessBroker());

describe("PostgreSQL", () => {
  let database: string;
  let url: string;
  const brokers: PostgresLiveBroker[] = [];
  const children: ChildProcessWithoutNullStreams[] = [];
  const pgBroker = (label = "test") => {
    const broker = createPostgresBroker({ connectionString: url, applicationName: `live-broker-${label}-${crypto.randomBytes(4).toString("hex")}` });
    brokers.push(broker);
    return broker;
  };

  beforeAll(async () => {
    database = `live_broker_${process.pid}_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new Client({ connectionString: testPostgresUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    url = withDatabase(testPostgresUrl(), database);
  });
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
    await Promise.all(brokers.splice(0).map((b) => b.close()));
  });
  afterAll(() => dropPostgresDatabase(database));

  sharedBehaviour("broker", async () => pgBroker());

  test("DATABASE_URL chooses the broker: postgresql:// → LISTEN/NOTIFY, a file → in-process", async () => {
    const pg = createLiveBroker(url);
    const file = createLiveBroker("file:./data/app.db");
    try {
      expect("connections" in pg).toBe(true);
      expect("connections" in file).toBe(false);
    } finally {
      await Promise.all([pg.close(), file.close()]);
    }
  });

  function startChild(args: string[]) {
    const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), [path.join(__dirname, "live", "broker-process.ts"), ...args], {
      cwd: root,
      stdio: "pipe",
    });
    children.push(child);
    const lines: string[] = [];
    const waiters: Array<() => void> = [];
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      lines.push(line);
      waiters.splice(0).forEach((w) => w());
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const until = async (test: (lines: string[]) => boolean) => {
      while (!test(lines)) {
        if (child.exitCode !== null) throw new Error(`child exited ${child.exitCode}: ${stderr}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          child.once("exit", () => resolve());
        });
      }
    };
    return { child, lines, until, exited, stderr: () => stderr };
  }

  test("an event published by another process reaches this one, in order", async () => {
    const broker = pgBroker("parent");
    const c = collector();
    broker.subscribe("game:cross", c.handler);
    await broker.ready();
    const child = startChild(["publish", url, "game:cross", "30"]);
    expect(await child.exited).toBe(0);
    await c.until(30);
    expect(ids(c.events)).toEqual(range(1, 30));
    const childPid = Number(/^done (\d+)$/.exec(child.lines.at(-1) ?? "")?.[1]);
    expect(childPid).not.toBe(process.pid);
    expect(c.events.every((e) => (e.data as { from: number }).from === childPid)).toBe(true);
  });

  test("an event published here reaches a subscriber in another process", async () => {
    const child = startChild(["subscribe", url, "game:cross"]);
    await child.until((lines) => lines.includes("ready"));
    const broker = pgBroker("parent");
    for (const id of range(1, 20)) await broker.publish("game:cross", { id, type: "tick" });
    await child.until((lines) => lines.length >= 21);
    const received = child.lines.slice(1).map((line) => JSON.parse(line) as LiveEvent);
    expect(ids(received)).toEqual(range(1, 20));
    child.child.stdin.end();
    expect(await child.exited).toBe(0);
  });

  test("the listener survives a dropped connection: it reconnects, listens again and asks for a resync", async () => {
    const name = `live-broker-drop-${crypto.randomBytes(4).toString("hex")}`;
    const broker = createPostgresBroker({ connectionString: url, applicationName: name });
    brokers.push(broker);
    const c = collector();
    let resyncs = 0;
    let resynced: () => void = () => {};
    const resync = new Promise<void>((resolve) => (resynced = resolve));
    broker.subscribe("game:drop", c.handler, { onResync: () => (resyncs++, resynced()) });
    await broker.ready();
    await broker.publish("game:drop", { id: 1, type: "before" });
    await c.until(1);

    const spy = jest.spyOn(console, "error").mockImplementation(() => {});
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      const killed = await admin.query(
        "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1",
        [`${name}-listener`],
      );
      expect(killed.rows).toEqual([{ ok: true }]);
      await resync;
      await broker.ready();
      const after = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1", [`${name}-listener`]);
      expect(after.rows[0].n).toBe(1);
    } finally {
      await admin.end();
      spy.mockRestore();
    }
    expect(broker.connections).toBe(2);
    expect(resyncs).toBe(1);
    await broker.publish("game:drop", { id: 2, type: "after" });
    await c.until(2);
    expect(c.events.map((e) => e.type)).toEqual(["before", "after"]);
  });

  test("publishing keeps working after the publishing connection is dropped", async () => {
    const name = `live-broker-pub-${crypto.randomBytes(4).toString("hex")}`;
    const broker = createPostgresBroker({ connectionString: url, applicationName: name });
    brokers.push(broker);
    const c = collector();
    broker.subscribe("game:pub", c.handler);
    await broker.ready();
    await broker.publish("game:pub", { id: 1, type: "before" });
    await c.until(1);
    const spy = jest.spyOn(console, "error").mockImplementation(() => {});
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      const killed = await admin.query(
        "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1",
        [`${name}-publisher`],
      );
      expect(killed.rows).toEqual([{ ok: true }]);
    } finally {
      await admin.end();
    }
    await broker.publish("game:pub", { id: 2, type: "after" });
    await c.until(2);
    spy.mockRestore();
    expect(c.events.map((e) => e.type)).toEqual(["before", "after"]);
  });
});

// Events across every app process on one PostgreSQL database, through LISTEN/NOTIFY, so that several
// instances behind a load balancer serve one game: a player's POST handled by one instance reaches the
// host's stream held by another.
//
// - One dedicated listening connection per process, on one PostgreSQL channel for all games; events are
//   routed to subscribers here by their game channel. (Per-game LISTEN would save some traffic to
//   instances that do not serve a game, at the price of LISTEN/UNLISTEN churn and a longer replay after
//   a reconnect; one channel keeps the listener trivial to restore.)
// - The listener reconnects on any error or drop, with a growing delay, and LISTENs again; subscribers
//   are then told to resync, since events sent while it was away are lost (NOTIFY does not queue for
//   absent listeners).
// - Publishing goes through a one-connection pool, so one process's events leave in the order they were
//   published; PostgreSQL delivers notifications in commit order.
// - A payload must stay under NOTIFY's 8000 bytes: encodeEvent refuses larger events.
import { Client, Pool, type Notification } from "pg";
import { decodeEvent, encodeEvent, type LiveBroker } from "./live-broker";
import { SubscriberRegistry } from "./subscriber-registry";

/** The PostgreSQL channel every live event travels on. */
export const PG_LIVE_CHANNEL = "live_events";

export interface PostgresBrokerOptions {
  connectionString: string;
  /** Shown in pg_stat_activity; the listener adds "-listener", the publisher "-publisher". */
  applicationName?: string;
  /** Delay before the n-th reconnection attempt (n from 0). */
  reconnectDelayMs?: (attempt: number) => number;
}

export interface PostgresLiveBroker extends LiveBroker {
  /** How many times the listener has (re)connected: 1 after the first connection. */
  readonly connections: number;
}

/** Errors of a lost connection rather than of the statement (SQLSTATE class 08, 57P0x, socket errors). */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (code.startsWith("08") || /^57P0[1-3]$/.test(code))) return true;
  return /Connection terminated|ECONNRESET|EPIPE|not queryable|Client has encountered a connection error/i.test(
    (error as Error)?.message ?? "",
  );
}

const defaultDelay = (attempt: number) => Math.min(2000, 50 * 2 ** attempt);

export function createPostgresBroker(options: PostgresBrokerOptions): PostgresLiveBroker {
  const name = options.applicationName ?? "live-broker";
  const delay = options.reconnectDelayMs ?? defaultDelay;
  const registry = new SubscriberRegistry();
  const publisher = new Pool({ connectionString: options.connectionString, max: 1, application_name: `${name}-publisher` });
  publisher.on("error", (error) => console.error("live broker publisher connection lost", error.message));

  let listener: Client | null = null;
  let listening = false;
  let started = false;
  let closed = false;
  let connections = 0;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | null = null;
  let waiters: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];

  const onNotification = (message: Notification) => {
    if (message.channel !== PG_LIVE_CHANNEL || !message.payload) return;
    const decoded = decodeEvent(message.payload);
    if (decoded) registry.deliver(decoded.channel, decoded.event);
  };

  async function connect(): Promise<void> {
    retryTimer = null;
    if (closed) return;
    const client = new Client({ connectionString: options.connectionString, application_name: `${name}-listener` });
    listener = client;
    const lost = () => {
      if (listener !== client) return; // an older connection's late error or end
      listener = null;
      listening = false;
      client.removeAllListeners("notification");
      client.end().catch(() => {});
      scheduleReconnect();
    };
    client.on("error", (error) => {
      if (!closed) console.error("live broker listener connection lost", error.message);
      lost();
    });
    client.on("end", lost);
    client.on("notification", onNotification);
    try {
      await client.connect();
      await client.query(`LISTEN ${PG_LIVE_CHANNEL}`);
    } catch (error) {
      if (!closed) console.error("live broker listener could not connect", (error as Error).message);
      lost();
      return;
    }
    if (listener !== client || closed) return;
    listening = true;
    attempt = 0;
    connections += 1;
    if (connections > 1) registry.resyncAll();
    const ready = waiters;
    waiters = [];
    ready.forEach((w) => w.resolve());
  }

  function scheduleReconnect() {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => void connect(), delay(attempt++));
    retryTimer.unref();
  }

  function start() {
    if (started) return;
    started = true;
    void connect();
  }

  return {
    get connections() {
      return connections;
    },
    async publish(channel, event) {
      if (closed) throw new Error("live broker closed");
      const payload = encodeEvent(channel, event);
      const notify = () => publisher.query("SELECT pg_notify($1, $2)", [PG_LIVE_CHANNEL, payload]);
      try {
        await notify();
      } catch (error) {
        // The pooled connection may have died while idle (a restart, a terminated backend) before the
        // pool noticed. One retry on a fresh connection; a repeat is harmless, since subscribers drop
        // an id they have already seen.
        if (closed || !isConnectionError(error)) throw error;
        await notify();
      }
    },
    subscribe(channel, handler, subscribeOptions) {
      start();
      return registry.add(channel, handler, subscribeOptions);
    },
    ready() {
      if (closed) return Promise.reject(new Error("live broker closed"));
      start();
      if (listening) return Promise.resolve();
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    async close() {
      if (closed) return;
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const client = listener;
      listener = null;
      listening = false;
      registry.clear();
      waiters.forEach((w) => w.reject(new Error("live broker closed")));
      waiters = [];
      await Promise.allSettled([client?.end(), publisher.end()]);
    },
  };
}

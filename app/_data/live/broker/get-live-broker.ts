// The process's live broker, chosen by DATABASE_URL like the Prisma client: PostgreSQL LISTEN/NOTIFY for
// a postgresql:// URL (several instances can share a game), in-process events for SQLite.
import "server-only";
import { databaseUrl, providerOf } from "@/app/_data/prisma-client";
import { createInProcessBroker } from "./in-process-broker";
import type { LiveBroker } from "./live-broker";
import { createPostgresBroker } from "./postgres-broker";

export function createLiveBroker(url: string = databaseUrl()): LiveBroker {
  return providerOf(url) === "postgresql"
    ? createPostgresBroker({ connectionString: url, applicationName: `live-broker-${process.pid}` })
    : createInProcessBroker();
}

// One per server process (and per dev-server reload), like the Prisma client.
const globalForBroker = globalThis as unknown as { __liveBroker?: LiveBroker };

export function getLiveBroker(): LiveBroker {
  return (globalForBroker.__liveBroker ??= createLiveBroker());
}

import "server-only";
import { createPrismaClient, type Db } from "./prisma-client";

// One client per server process (and per dev-server reload).
const globalForDb = globalThis as unknown as { __db?: Db };

export const db: Db = globalForDb.__db ?? (globalForDb.__db = createPrismaClient());

// The app started exactly as a user starts it (`npm start`: migrate, seed, build when needed, serve the
// production build) on a free port and a throwaway database: a SQLite file under tests/.tmp, or a fresh
// PostgreSQL cluster (started and removed here). For the HTTP, JavaScript and Lighthouse benchmarks.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { freePort } from "../../support/free-port";
import { startCluster, stopCluster, type PgCluster } from "../../support/pg-cluster";

export interface AppServer {
  baseUrl: string;
  database: "sqlite" | "postgresql";
  /** The app's DATABASE_URL, for benchmarks that prepare rows and tests that look at what it stored. */
  databaseUrl: string;
  stop(): Promise<void>;
  /** SIGKILL to the whole server (no shutdown of any kind); the database is kept. */
  kill(): Promise<void>;
}

const root = path.resolve(__dirname, "../../..");

async function waitForServer(url: string, child: ChildProcess, logFile: string, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const log = fs.readFileSync(logFile, "utf8").slice(-4000);
  throw new Error(`the app did not answer at ${url} (exit code ${child.exitCode})\n--- server log ---\n${log}`);
}

async function postgresDatabase(): Promise<{ url: string; cluster: PgCluster }> {
  const cluster = await startCluster();
  const admin = new Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query("CREATE DATABASE bench_app");
  } finally {
    await admin.end();
  }
  return { url: cluster.url.replace(/\/postgres$/, "/bench_app"), cluster };
}

/** Starts the app; `log` receives the server's output (a file under tests/.tmp). */
export async function startApp(options: { postgres?: boolean; sqliteFile?: string } = {}): Promise<AppServer> {
  const tmp = path.join(root, "tests", ".tmp");
  fs.mkdirSync(tmp, { recursive: true });
  const port = await freePort();
  // Several servers may run in one process (the e2e suites start their own): one file each.
  // A given file is the caller's (kept, reused by a restart); otherwise a throwaway one.
  const sqliteFile = options.sqliteFile ?? path.join(tmp, `bench-${process.pid}-${port}.db`);
  let cluster: PgCluster | undefined;
  let databaseUrl = `file:${sqliteFile}`;
  if (options.postgres) {
    const pg = await postgresDatabase();
    cluster = pg.cluster;
    databaseUrl = pg.url;
  } else if (!options.sqliteFile) {
    fs.rmSync(sqliteFile, { force: true });
  }
  const logFile = path.join(tmp, `bench-server-${process.pid}-${port}.log`);
  const log = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, [require.resolve("tsx/cli", { paths: [root] }), "app/_cli/start.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", log, log],
    // A process group of its own: `npm start` runs tsx, which runs `next start`, which runs the server;
    // a signal to the first alone can leave the server running.
    detached: true,
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the whole group is gone already
    }
  };
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      signalGroup("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    signalGroup("SIGKILL");
    if (!options.sqliteFile) for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(sqliteFile + suffix, { force: true });
    if (cluster) await stopCluster(cluster);
  };
  const kill = async () => {
    const exited = child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : Promise.resolve();
    signalGroup("SIGKILL");
    await exited;
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${baseUrl}/en`, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, database: options.postgres ? "postgresql" : "sqlite", databaseUrl, stop, kill };
}

/** A static asset the same server serves: the first script of the home page's HTML (a /_next/static chunk). */
export async function staticAssetPath(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/en`)).text();
  const match = html.match(/\/_next\/static\/[^"'\s]+\.js/);
  if (!match) throw new Error("no /_next/static script in the home page");
  return match[0];
}

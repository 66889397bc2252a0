// A throwaway PostgreSQL cluster for the integration tests: `initdb` into a fresh temporary directory,
// listen on 127.0.0.1 on a free port (and on a Unix socket in a directory of its own, never the system
// /var/run/postgresql), trust authentication, durability switched off (it is thrown away anyway).
//
// - `initdb` refuses to run as root: as root, every server command runs as the `postgres` user
//   (`runuser -u postgres --`) in a directory that user owns.
// - Binaries: `initdb`/`pg_ctl` from PATH, else /usr/lib/postgresql/<newest>/bin.
// - Robust to a crashed previous run: each cluster directory records the pid of the process that
//   started it; a later start stops and deletes clusters whose owner is dead (and only those, so that
//   two test runs on one machine do not kill each other's cluster). A port taken between choosing and
//   binding it is retried.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface PgCluster {
  /** Admin URL to the `postgres` database, e.g. postgresql://postgres@127.0.0.1:54321/postgres */
  url: string;
  dir: string;
  port: number;
}

const DIR_PREFIX = "prisma-test-pg-";
const OWNER_FILE = "owner.json";
const STATE_KEY = "__prismaTestPgCluster__";

type GlobalState = { [STATE_KEY]?: PgCluster };

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function findBinary(name: string): string {
  const fromPath = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .find((candidate) => {
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
  if (fromPath) return fromPath;
  const base = "/usr/lib/postgresql";
  const versions = fs.existsSync(base)
    ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const candidate = path.join(base, version, "bin", name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`PostgreSQL binary "${name}" not found on PATH nor in ${base}/*/bin (apt-get install -y postgresql)`);
}

/** Runs a PostgreSQL server command, as the `postgres` user when we are root. */
function runPg(binary: string, args: string[], options: { timeoutMs?: number } = {}): string {
  const [file, fullArgs] = isRoot()
    ? ["runuser", ["-u", "postgres", "--", binary, ...args]]
    : [binary, args];
  try {
    return execFileSync(file, fullArgs, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 60_000,
      env: { ...process.env, LC_ALL: "C", LANG: "C" },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${path.basename(binary)} ${args.join(" ")} failed: ${e.message}\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

function stopServer(dataDir: string, mode: "fast" | "immediate"): void {
  if (!fs.existsSync(path.join(dataDir, "postmaster.pid"))) return;
  try {
    runPg(findBinary("pg_ctl"), ["-D", dataDir, "-m", mode, "-w", "-t", "30", "stop"]);
  } catch {
    // Already gone (stale postmaster.pid): nothing to stop.
  }
}

/** Stops and deletes clusters left behind by test runs whose process is dead. */
function cleanUpCrashedClusters(): void {
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const dir = path.join(tmp, name);
    let ownerPid = 0;
    try {
      ownerPid = JSON.parse(fs.readFileSync(path.join(dir, OWNER_FILE), "utf8")).pid;
    } catch {
      // No owner file: a start that crashed before writing it, or not ours to judge. Leave it unless old.
      try {
        if (Date.now() - fs.statSync(dir).mtimeMs < 10 * 60_000) continue;
      } catch {
        continue;
      }
    }
    if (ownerPid && ownerPid !== process.pid && pidAlive(ownerPid)) continue;
    stopServer(path.join(dir, "data"), "immediate");
    removeDir(dir);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

/** Starts a fresh cluster. Call stopCluster() when done. */
export async function startCluster(): Promise<PgCluster> {
  cleanUpCrashedClusters();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), DIR_PREFIX));
  fs.writeFileSync(path.join(dir, OWNER_FILE), JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
  const dataDir = path.join(dir, "data");
  const socketDir = path.join(dir, "socket");
  fs.mkdirSync(socketDir);
  if (isRoot()) {
    const { uid, gid } = postgresIds();
    fs.chmodSync(dir, 0o755);
    fs.chownSync(dir, uid, gid);
    fs.chownSync(socketDir, uid, gid);
  }
  try {
    runPg(findBinary("initdb"), ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], {
      timeoutMs: 120_000,
    });
    const pgCtl = findBinary("pg_ctl");
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      const port = await freePort();
      const serverOptions = [
        "-h 127.0.0.1",
        `-p ${port}`,
        `-k ${socketDir}`,
        "-c fsync=off",
        "-c synchronous_commit=off",
        "-c full_page_writes=off",
        "-c max_connections=200",
      ].join(" ");
      try {
        runPg(pgCtl, ["-D", dataDir, "-l", path.join(dir, "server.log"), "-o", serverOptions, "-w", "-t", "60", "start"], {
          timeoutMs: 90_000,
        });
        const cluster: PgCluster = { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, dir, port };
        (globalThis as GlobalState)[STATE_KEY] = cluster;
        return cluster;
      } catch (error) {
        lastError = error;
        stopServer(dataDir, "immediate");
      }
    }
    throw lastError;
  } catch (error) {
    let log = "";
    try {
      log = fs.readFileSync(path.join(dir, "server.log"), "utf8");
    } catch {
      // no log
    }
    removeDir(dir);
    throw new Error(`Could not start a PostgreSQL test cluster: ${(error as Error).message}\n${log}`);
  }
}

/** Stops the cluster started by startCluster() in this process (or the one given) and deletes its directory. */
export async function stopCluster(cluster?: PgCluster): Promise<void> {
  const target = cluster ?? (globalThis as GlobalState)[STATE_KEY];
  if (!target) return;
  stopServer(path.join(target.dir, "data"), "fast");
  removeDir(target.dir);
  if ((globalThis as GlobalState)[STATE_KEY] === target) delete (globalThis as GlobalState)[STATE_KEY];
}

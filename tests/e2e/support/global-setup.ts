// Starts the app exactly as a user does (`npm start`: migrate, seed, build when needed, serve)
// on a throwaway SQLite database and a free port, for the browser tests.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../../support/free-port";

declare global {
  // eslint-disable-next-line no-var
  var __E2E_SERVER__: { child: ChildProcess; dbFile: string } | undefined;
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited early (code ${child.exitCode})`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs / 1000}s`);
}

export default async function globalSetup() {
  const root = path.resolve(__dirname, "../../..");
  const port = await freePort();
  const tmp = path.join(root, "tests", ".tmp");
  fs.mkdirSync(tmp, { recursive: true });
  const dbFile = path.join(tmp, `e2e-${process.pid}.db`);
  fs.rmSync(dbFile, { force: true });
  const log = fs.openSync(path.join(tmp, "e2e-server.log"), "w");
  const child = spawn(process.execPath, [require.resolve("tsx/cli", { paths: [root] }), "app/_cli/start.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${dbFile}`, NODE_ENV: "production" },
    stdio: ["ignore", log, log],
    // A process group of its own: `npm start` runs tsx, which runs `next start`, which runs the server
    // (`next-server`); the teardown signals the whole group, or that last process outlives the tests.
    detached: true,
  });
  globalThis.__E2E_SERVER__ = { child, dbFile };
  process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
  process.env.E2E_DATABASE_URL = `file:${dbFile}`;
  try {
    await waitForServer(`${process.env.E2E_BASE_URL}/en`, child, 900_000);
  } catch (error) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // the group is gone already
    }
    const output = fs.readFileSync(path.join(tmp, "e2e-server.log"), "utf8");
    throw new Error(`${(error as Error).message}\n--- server log ---\n${output.slice(-4000)}`);
  }
}

import fs from "node:fs";

/** Signals the server's whole process group (tsx → next start → next-server), see global-setup.ts. */
function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the whole group is gone already
  }
}

export default async function globalTeardown() {
  const server = globalThis.__E2E_SERVER__;
  if (!server) return;
  const pid = server.child.pid!;
  if (server.child.exitCode === null) {
    const exited = new Promise((resolve) => server.child.once("exit", resolve));
    signalGroup(pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  // The first process can exit before its children do: whatever is left of the group goes now.
  signalGroup(pid, "SIGKILL");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(server.dbFile + suffix, { force: true });
}

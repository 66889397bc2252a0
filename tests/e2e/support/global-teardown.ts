import fs from "node:fs";

export default async function globalTeardown() {
  const server = globalThis.__E2E_SERVER__;
  if (!server) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (server.child.exitCode === null) server.child.kill("SIGKILL");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(server.dbFile + suffix, { force: true });
}

// Jest global teardown of the integration project: stops the PostgreSQL cluster that the global setup
// started (and deletes its directory). A caller-provided TEST_POSTGRES_URL is left alone.
import { stopCluster } from "./pg-cluster";
import { STARTED_FLAG } from "./integration-global-setup";

export default async function integrationGlobalTeardown(): Promise<void> {
  const state = globalThis as Record<string, unknown>;
  if (!state[STARTED_FLAG]) return;
  await stopCluster();
  delete state[STARTED_FLAG];
  delete process.env.TEST_POSTGRES_URL;
}

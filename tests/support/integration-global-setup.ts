// Jest global setup of the integration project: starts one throwaway PostgreSQL 15 cluster for the whole
// run and exports its admin URL (database `postgres`) as TEST_POSTGRES_URL, which the test workers inherit.
// A TEST_POSTGRES_URL preset by the caller is used as is (no cluster is started, none is stopped).
import { startCluster } from "./pg-cluster";

export const STARTED_FLAG = "__prismaTestPgStartedByGlobalSetup__";

export default async function integrationGlobalSetup(): Promise<void> {
  if (process.env.TEST_POSTGRES_URL) return;
  const cluster = await startCluster();
  process.env.TEST_POSTGRES_URL = cluster.url;
  (globalThis as Record<string, unknown>)[STARTED_FLAG] = true;
}

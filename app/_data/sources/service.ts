import "server-only";
// The sources of the fact base as the pages read them (public: nobody needs to be signed in).
import { db } from "../db";
import { listSources, type SourceSummary } from "./list-sources";

export function loadSources(): Promise<SourceSummary[]> {
  return listSources(db);
}

import "server-only";
// The sources of the fact base as the pages read them (public: nobody needs to be signed in), cached
// until the content changes (`invalidateContent()`).
import { db } from "../db";
import { cachedContent } from "../cache/content";
import { listSources, type SourceSummary } from "./list-sources";

export function loadSources(): Promise<SourceSummary[]> {
  return cachedContent("sources", () => listSources(db));
}

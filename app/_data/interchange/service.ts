import "server-only";
// Import and export of the fact base for route handlers. Who may import is checked by the caller;
// the work is in the modules beside this one, which take the database first.
import { db } from "../db";
import { invalidateContent } from "../cache/content";
import { exportDocument } from "./export-document";
import { importFile, type ImportFileResult } from "./import-file";
import type { InterchangeDocument } from "../../_schemas/interchange";

// The upload limit and a bounded body reader, for the route that receives the file.
export { MAX_IMPORT_BYTES, readBodyWithLimit } from "./import-file";

/** The whole fact base, or one deck with its sub-decks; null for an unknown deck. */
export function exportFactBase(options: { deckKey?: string } = {}): Promise<InterchangeDocument | null> {
  return exportDocument(db, options);
}

/** Imports an uploaded interchange file (all or nothing). */
export function importFactBaseFile(bytes: Uint8Array): Promise<ImportFileResult> {
  return importFile(db, bytes).then(async (result) => { if (result.ok) await invalidateContent(); return result; });
}

import "server-only";
// Import and export of the fact base for route handlers. Who may import is checked by the caller;
// the work is in the modules beside this one, which take the database first.
import { db } from "../db";
import { exportDocument } from "./export-document";
import { importFile } from "./import-file";
import type { ImportResult } from "./import-result";
import type { InterchangeDocument } from "../../_schemas/interchange";

/** The whole fact base, or one deck with its sub-decks; null for an unknown deck. */
export function exportFactBase(options: { deckKey?: string } = {}): Promise<InterchangeDocument | null> {
  return exportDocument(db, options);
}

/** Imports an uploaded interchange file (all or nothing). */
export function importFactBaseFile(bytes: Uint8Array): Promise<ImportResult> {
  return importFile(db, bytes);
}

import "server-only";
// The fact base's import and export for route handlers: binds the app's db to the modules that take it
// first (tested on SQLite and PostgreSQL).
import { db } from "./db";
import { exportDocument } from "./interchange";
import { importFile } from "./import-file";

export const exportContent = (options: { deckKey?: string }) => exportDocument(db, options);
export const importContent = (bytes: Uint8Array) => importFile(db, bytes);

// Turns an uploaded file into an import: size, encoding and JSON syntax are checked before the
// records are, and every failure is a code the UI translates (Import.errors.<code>).
import type { Db } from "../prisma-client";
import { importDocument } from "./import-document";
import type { ImportIssue, ImportResult } from "./import-result";
import { capIssues } from "../../_schemas/interchange";

/** What the import route answers: at most MAX_REPORTED_ISSUES issues, and how many more were found. */
export type ImportFileResult = ImportResult | { ok: false; issues: ImportIssue[]; moreIssues: number };

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const fileIssue = (code: string, params?: Record<string, string | number>): ImportResult => ({
  ok: false,
  issues: [{ record: "file", code, params }],
});

export function decodeImportFile(bytes: Uint8Array): { ok: true; text: string } | { ok: false; result: ImportResult } {
  if (bytes.byteLength === 0) return { ok: false, result: fileIssue("emptyFile") };
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, result: fileIssue("tooLarge", { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 }) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, result: fileIssue("notUtf8") };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, result: fileIssue("notUtf8") };
  }
}

export async function importFile(db: Db, bytes: Uint8Array): Promise<ImportFileResult> {
  const decoded = decodeImportFile(bytes);
  if (!decoded.ok) return decoded.result;
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
    return fileIssue("malformedJson", position ? { position: Number(position) } : undefined);
  }
  if (!json || typeof json !== "object" || Array.isArray(json) || (json as { format?: unknown }).format !== "bilingual-study/v1")
    return fileIssue("wrongFormat");
  const result = await importDocument(db, json);
  return result.ok ? result : { ok: false, ...capIssues(result.issues) };
}

export { readBodyWithLimit } from "../http/read-body-with-limit";

// What an import answers: the counts it wrote, or every issue found (and then nothing was written).
export type ImportIssue = {
  /** e.g. "facts[3]" */
  record: string;
  key?: string;
  field?: string;
  /** A code the UI translates (Import.errors.<code>). */
  code: string;
  params?: Record<string, string | number>;
};

export type ImportResult =
  | { ok: true; counts: Record<"sources" | "decks" | "entities" | "facts" | "terms", number> }
  | { ok: false; issues: ImportIssue[] };

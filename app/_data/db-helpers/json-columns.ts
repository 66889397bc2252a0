// Arrays and documents are stored as JSON text (identical on SQLite and PostgreSQL); this reads them back safely.
import { z } from "zod";

/** The parsed JSON of a text column, or `fallback` when the text is not JSON. */
export function parseJson<F>(text: string, fallback: F): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}

const stringArray = z.array(z.string());

export function parseStringArray(value: string): string[] {
  const parsed = stringArray.safeParse(parseJson(value, null));
  return parsed.success ? parsed.data : [];
}

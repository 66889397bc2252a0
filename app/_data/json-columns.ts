// Arrays are stored as JSON text (identical on SQLite and PostgreSQL); this reads them back safely.
import { z } from "zod";

const stringArray = z.array(z.string());

export function parseStringArray(value: string): string[] {
  try {
    const parsed = stringArray.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

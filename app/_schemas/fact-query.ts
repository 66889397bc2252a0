import { z } from "zod";

/** The longest search the fact and glossary search box accepts (the box says so, and so does the page). */
export const SEARCH_MAX_LENGTH = 200;

const firstOf = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const one = z.preprocess(firstOf, z.string().trim().max(SEARCH_MAX_LENGTH).optional().catch(undefined));

/** Query parameters of the fact and glossary pages; anything malformed is ignored rather than an error. */
export const factQuerySchema = z.object({
  q: one.transform((v) => v || undefined),
  deck: one.transform((v) => v || undefined),
  type: one.transform((v) => v || undefined),
  tag: one.transform((v) => v || undefined),
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(100000).optional().catch(undefined)),
});

export type FactQueryParams = z.infer<typeof factQuerySchema>;

/**
 * The query, and the length of a search too long to run (null when it fits). Such a search is not
 * dropped silently (which would list everything): the page says why it found nothing.
 */
export function parseFactQuery(raw: Record<string, unknown>): FactQueryParams & { qTooLong: number | null } {
  const q = firstOf(raw.q);
  const length = typeof q === "string" ? q.trim().length : 0;
  return { ...factQuerySchema.parse(raw), qTooLong: length > SEARCH_MAX_LENGTH ? length : null };
}

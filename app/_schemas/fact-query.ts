import { z } from "zod";

const one = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().max(200).optional().catch(undefined));

/** Query parameters of the fact and glossary pages; anything malformed is ignored rather than an error. */
export const factQuerySchema = z.object({
  q: one.transform((v) => v || undefined),
  deck: one.transform((v) => v || undefined),
  type: one.transform((v) => v || undefined),
  tag: one.transform((v) => v || undefined),
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(100000).optional().catch(undefined)),
});

export type FactQueryParams = z.infer<typeof factQuerySchema>;

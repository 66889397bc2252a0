// A fact's or term's tags are links to Tag rows with a position (the order the record lists them in).
// Queries select them with `tagKeysSelect`; `tagKeysOf` turns the links back into the record's list.

/** Prisma select for the tag links of a fact or term, in list order. */
export const tagKeysSelect = {
  select: { position: true, tag: { select: { key: true } } },
  orderBy: { position: "asc" },
} as const;

export type TagLink = { position: number; tag: { key: string } };

/** A tag as pages show it: by its label in the page's language (see tagLabel), never by its key. */
export type TagLabel = { key: string; labelJa: string; labelEn: string };

/** Prisma select for the tag links of a fact or term with their labels, in list order. */
export const tagLabelsSelect = {
  select: { position: true, tag: { select: { key: true, labelJa: true, labelEn: true } } },
  orderBy: { position: "asc" },
} as const;

/** The tags of a fact or term with their labels, in the order its record lists them. */
export function tagLabelsOf(links: readonly { position: number; tag: TagLabel }[]): TagLabel[] {
  return [...links].sort((a, b) => a.position - b.position).map((link) => link.tag);
}

/** The tag keys of a fact or term, in the order its record lists them. */
export function tagKeysOf(links: readonly TagLink[]): string[] {
  return [...links].sort((a, b) => a.position - b.position).map((link) => link.tag.key);
}

/**
 * A tag's label in the page's language; the other language's label when it has none yet, and its key
 * only when it has no label at all (a tag just created by an import, until an editor names it).
 */
export function tagLabel(locale: string, tag: { key: string; labelJa: string; labelEn: string }): string {
  const [own, other] = locale === "en" ? [tag.labelEn, tag.labelJa] : [tag.labelJa, tag.labelEn];
  return own || other || tag.key;
}

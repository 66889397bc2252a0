// A source's text as paragraphs, and where a passage stands in it. Pure, so the fact form checks a
// passage as the editor types with the same rule the server applies before saving.

/** Splits a document's text into paragraphs: one per non-empty line (line breaks of any platform), trimmed, NFC. */
export function splitParagraphs(text: string): string[] {
  return text
    .normalize("NFC")
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The 1-based number of the first paragraph holding the passage verbatim, or null (also for an empty passage). */
export function locatePassage(paragraphs: readonly string[], passage: string): number | null {
  const needle = passage.normalize("NFC").trim();
  if (needle.length === 0) return null;
  const index = paragraphs.findIndex((p) => p.includes(needle));
  return index < 0 ? null : index + 1;
}

/** The locator of a paragraph in each language. */
export function paragraphLocator(paragraph: number): { locatorJa: string; locatorEn: string } {
  return { locatorJa: `第${paragraph}段落`, locatorEn: `Paragraph ${paragraph}` };
}

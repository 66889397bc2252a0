// Anki text export: one note per fact and per term, for the note type "Basic (and reversed card)"
// (so each note gives a card in both directions), with tags and a deck column. The file header lines
// (#separator, #html, #notetype, #deck column, #tags column) let Anki 2.1.55+ pick every setting itself.
//
// Anki reads both formats as CSV (RFC 4180 quoting; a quote inside an unquoted field is literal), and
// people open the CSV in spreadsheets too, so every cell is made safe for both:
// - line breaks (CR, LF, CRLF) become <br> in the HTML fields and spaces in the deck and tag columns,
//   and tabs become spaces, so one note is always one row;
// - a cell that needs it is quoted (CSV: one holding a comma, a quote or a line break; TSV: one that
//   starts with a quote);
// - a cell starting with =, +, -, @ (which a spreadsheet would run as a formula) gets a leading
//   apostrophe, as OWASP recommends. HTML fields start with "<", so only deck names can be affected.
import type { InterchangeDocument } from "../../_schemas/interchange";

export type AnkiFormat = "csv" | "tsv";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const LINE_BREAK = /\r\n|\r|\n/g;
const FORMULA_START = /^[=+\-@]/;

/** Plain text for the deck and tag columns: no line breaks or tabs, no "::" (Anki's deck separator). */
export const plainCell = (text: string) => text.replace(LINE_BREAK, " ").replace(/\t/g, " ").replace(/::/g, ":");

/** A cell as it goes into the file: one line, formula-safe, quoted when the format needs it. */
export function field(value: string, format: AnkiFormat): string {
  let cell = value.replace(LINE_BREAK, "<br>").replace(/\t/g, " ");
  if (FORMULA_START.test(cell)) cell = `'${cell}`;
  const needsQuotes = format === "csv" ? /[",]/.test(cell) : cell.startsWith('"');
  return needsQuotes ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const ja = (text: string) => `<span lang="ja">${escapeHtml(text)}</span>`;
const en = (text: string) => `<span lang="en">${escapeHtml(text)}</span>`;
const tagOf = (text: string) => plainCell(text).replace(/\s+/g, "_");

/** Anki deck names nest with "::"; the deck's own English and Japanese names are both kept. */
function deckPaths(doc: InterchangeDocument): Map<string, string> {
  const byKey = new Map(doc.decks.map((d) => [d.key, d]));
  const paths = new Map<string, string>();
  for (const deck of doc.decks) {
    const names: string[] = [];
    for (let at: typeof deck | undefined = deck; at && names.length < 10; at = at.parentKey ? byKey.get(at.parentKey) : undefined)
      names.unshift(plainCell(`${at.nameEn} / ${at.nameJa}`));
    paths.set(deck.key, names.join("::"));
  }
  return paths;
}

export function toAnkiText(doc: InterchangeDocument, format: AnkiFormat): string {
  const separator = format === "tsv" ? "\t" : ",";
  const decks = deckPaths(doc);
  const sourceTitle = new Map(doc.sources.map((s) => [s.key, s]));
  const cite = (sourceKey: string, passage: string, locatorJa: string) => {
    const source = sourceTitle.get(sourceKey);
    return `<blockquote>${ja(passage)}</blockquote><small>${source ? ja(source.titleJa) : ""} ${ja(locatorJa)}</small>`;
  };
  const lines = [
    `#separator:${format === "tsv" ? "tab" : "comma"}`,
    "#html:true",
    "#notetype:Basic (and reversed card)",
    "#columns:Front" + separator + "Back" + separator + "Deck" + separator + "Tags",
    "#deck column:3",
    "#tags column:4",
  ];
  for (const fact of doc.facts) {
    const front = `${ja(fact.questionJa)}<br>${en(fact.questionEn)}`;
    const back =
      `${ja(fact.answerTextJa)} / ${en(fact.answerTextEn)}<hr>${ja(fact.statementJa)}<br>${en(fact.statementEn)}` +
      cite(fact.sourceKey, fact.passage, fact.locatorJa);
    const tags = ["fact", fact.answerType, ...fact.tags].map(tagOf).join(" ");
    lines.push([front, back, decks.get(fact.deckKey) ?? "", tags].map((v) => field(v, format)).join(separator));
  }
  for (const term of doc.terms) {
    const front = term.readingJa
      ? `<ruby lang="ja">${escapeHtml(term.ja)}<rt>${escapeHtml(term.readingJa)}</rt></ruby>`
      : ja(term.ja);
    const back = `${en(term.en)}<hr>${ja(term.definitionJa)}<br>${en(term.definitionEn)}` + cite(term.sourceKey, term.passage, term.locatorJa);
    const tags = ["term", ...term.tags].map(tagOf).join(" ");
    lines.push([front, back, decks.get(term.deckKey) ?? "", tags].map((v) => field(v, format)).join(separator));
  }
  return lines.join("\n") + "\n";
}

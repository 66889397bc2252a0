import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { toAnkiText } from "@/app/_domain/export/anki";
import { interchangeDocument } from "@/app/_schemas/interchange";
import { defaultContentFiles } from "@/app/_data/seed-default-deck";

const doc = interchangeDocument.parse(JSON.parse(fs.readFileSync(defaultContentFiles()[0], "utf8")));

/** A minimal RFC 4180 reader, to check the CSV the way Anki reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\n") row.push(cell), rows.push(row), (row = []), (cell = "");
    else cell += c;
  }
  return rows;
}

describe("Anki export", () => {
  test.each(["tsv", "csv"] as const)("%s: header lines, then one note per fact and term with 4 fields", (format) => {
    const text = toAnkiText(doc, format);
    const lines = text.trimEnd().split("\n");
    const header = lines.filter((l) => l.startsWith("#"));
    expect(header).toEqual(
      expect.arrayContaining(["#html:true", "#notetype:Basic (and reversed card)", "#deck column:3", "#tags column:4"]),
    );
    const notes = format === "tsv" ? lines.filter((l) => !l.startsWith("#")).map((l) => l.split("\t")) : parseCsv(text).filter((r) => !r[0].startsWith("#"));
    expect(notes).toHaveLength(doc.facts.length + doc.terms.length);
    for (const note of notes) expect(note).toHaveLength(4);
    const first = notes[0];
    expect(first[0]).toContain(doc.facts[0].questionJa);
    expect(first[0]).toContain('lang="en"');
    expect(first[1]).toContain(doc.facts[0].passage);
    expect(first[2]).toContain("::");
    expect(first[3].split(" ")).toEqual(expect.arrayContaining(["fact", ...doc.facts[0].tags]));
    const lastTerm = doc.terms[doc.terms.length - 1];
    expect(notes[notes.length - 1][1]).toContain(lastTerm.definitionEn.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;"));
  });

  test("content is escaped, so a fact cannot inject HTML into Anki", () => {
    const evil = structuredClone(doc);
    evil.facts = [{ ...doc.facts[0], questionEn: '<img src=x onerror="alert(1)">' }];
    evil.terms = [];
    const text = toAnkiText(evil, "tsv");
    expect(text).not.toContain("<img");
    expect(text).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});

describe("Anki export of hostile content, read back with a real CSV parser (csv-parse)", () => {
  // Anki reads both formats as CSV; like Anki (and the Rust csv crate it uses), a quote inside an
  // unquoted field is taken literally, hence relax_quotes for the TSV. Lines starting with # are
  // Anki's header lines.
  const readBack = (text: string, format: "csv" | "tsv"): string[][] =>
    parse(text, { delimiter: format === "tsv" ? "\t" : ",", relax_quotes: format === "tsv", comment: "#", comment_no_infix: true });
  const hostile = [
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "line one\rline two\r\nline three\nline four",
    "tab\there, comma, \"quotes\" and ::colons",
    '"starts with a quote',
  ];
  const evil = structuredClone(doc);
  const deck = evil.decks[0];
  evil.decks = [{ ...deck, nameEn: hostile[0], nameJa: hostile[4] }];
  evil.facts = hostile.map((text, i) => ({ ...doc.facts[0], key: `hostile-${i}`, deckKey: deck.key, questionEn: text, questionJa: text, explanationEn: text }));
  evil.terms = hostile.map((text, i) => ({ ...doc.terms[0], key: `hostile-term-${i}`, deckKey: deck.key, ja: text, en: text, definitionEn: text }));
  const unHtml = (cell: string) => cell.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

  test.each(["tsv", "csv"] as const)("%s: exactly one row of 4 cells per note, content intact", (format) => {
    const rows = readBack(toAnkiText(evil, format), format);
    expect(rows).toHaveLength(evil.facts.length + evil.terms.length);
    for (const row of rows) expect(row).toHaveLength(4);
    hostile.forEach((text, i) => {
      const flat = text.replace(/\r\n|\r|\n/g, "<br>").replace(/\t/g, " ");
      expect(unHtml(rows[i][0])).toContain(`<span lang="en">${flat}</span>`);
      expect(unHtml(rows[evil.facts.length + i][1])).toContain(`<span lang="en">${flat}</span>`);
    });
  });

  test.each(["tsv", "csv"] as const)("%s: deck names are plain one-line text, formulas neutralised", (format) => {
    const rows = readBack(toAnkiText(evil, format), format);
    const expected = `'${hostile[0]} / line one line two line three line four`;
    for (const row of rows) {
      expect(row[2]).toBe(expected);
      expect(row[3]).toMatch(/^(fact|term)( \S+)*$/);
    }
  });

  test("no cell of either format starts with a formula character", () => {
    for (const format of ["tsv", "csv"] as const)
      for (const row of readBack(toAnkiText(evil, format), format)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

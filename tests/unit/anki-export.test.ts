import fs from "node:fs";
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

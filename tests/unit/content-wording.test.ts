// Wording rules for the seeded content that a test can hold: names rendered one way in English, and
// claims about the time of writing dated.
import fs from "node:fs";
import path from "node:path";
import { interchangeDocument } from "@/app/_schemas/interchange";

const FILE = path.resolve(__dirname, "../../prisma/content/nids-commentary-289.json");
const doc = interchangeDocument.parse(JSON.parse(fs.readFileSync(FILE, "utf8")));

describe("nids-commentary-289: names", () => {
  test("日ASEAN防衛担当大臣会合 is the Japan-ASEAN Defence Ministers' Informal Meeting in English", () => {
    const meetings = doc.entities.filter((e) => e.nameJa.includes("日ASEAN防衛担当大臣会合"));
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(m.nameEn).toMatch(/Japan-ASEAN Defence Ministers' Informal Meeting$/);
    // Wherever the Japanese names the meeting, the English names it the same way.
    const records = [
      ...doc.facts.flatMap((f) => [
        [f.key, f.questionJa, f.questionEn],
        [f.key, f.statementJa, f.statementEn],
        [f.key, f.answerTextJa, f.answerTextEn],
        [f.key, f.explanationJa, f.explanationEn],
      ]),
      ...doc.terms.map((t) => [t.key, t.definitionJa, t.definitionEn]),
      ...doc.entities.map((e) => [e.key, e.descriptionJa, e.descriptionEn]),
      ...doc.decks.map((d) => [d.key, d.descriptionJa, d.descriptionEn]),
    ];
    const misnamed = records
      .filter(([, ja, en]) => ja.includes("日ASEAN防衛担当大臣会合") && !en.includes("Defence Ministers' Informal Meeting"))
      .map(([key]) => key);
    expect(misnamed).toEqual([]);
  });
});

// Content checks for the NIDS Commentary No. 289 fact base (prisma/content/nids-commentary-289.json):
// the file must parse with the interchange schema, every passage must be verbatim from the source text,
// every record must be bilingual, every reference must resolve, and the quiz machinery (entity
// distractors, chronology, series) must have what it needs.
import fs from "node:fs";
import path from "node:path";
import { interchangeDocument, type InterchangeDocument } from "@/app/_schemas/interchange";

const repoRoot = path.resolve(__dirname, "../..");
const contentFile = path.join(repoRoot, "prisma/content/nids-commentary-289.json");
const sourceCopy = path.join(repoRoot, "prisma/content/sources/nids-commentary-289.txt");
const sharedSource = path.resolve(repoRoot, "../shared/seed/000_41000f1589278ec3.txt");

/** Removes every whitespace character, including U+3000 (ideographic space) and line breaks. */
const squash = (s: string) => s.replace(/[\s\u3000]+/gu, "");
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const LATIN = /[A-Za-z]/;
const KEY = /^[a-z0-9][a-z0-9._-]*$/;

const raw = JSON.parse(fs.readFileSync(contentFile, "utf8"));
const doc: InterchangeDocument = interchangeDocument.parse(raw);
const sourceText = fs.readFileSync(sourceCopy, "utf8");
const squashedSource = squash(sourceText);

const entities = new Map(doc.entities.map((e) => [e.key, e]));
const decks = new Map(doc.decks.map((d) => [d.key, d]));
const sources = new Set(doc.sources.map((s) => s.key));

describe("nids-commentary-289 content", () => {
  test("parses as a bilingual-study/v1 interchange document", () => {
    expect(interchangeDocument.safeParse(raw).success).toBe(true);
    expect(doc.format).toBe("bilingual-study/v1");
    expect(doc.sources).toHaveLength(1);
    const [src] = doc.sources;
    expect(src.key).toBe("nids-commentary-289");
    expect(src.number).toBe("289");
    expect(src.publishedOn).toBe("2023-12-12");
    expect(src.url).toBeNull();
  });

  test("the in-repo source copy is non-empty and identical to the shared seed when that exists", () => {
    expect(squashedSource.length).toBeGreaterThan(1000);
    if (fs.existsSync(sharedSource)) {
      expect(fs.readFileSync(sourceCopy).equals(fs.readFileSync(sharedSource))).toBe(true);
    }
  });

  test("every fact and term passage occurs verbatim in the source (whitespace ignored)", () => {
    const missing = [...doc.facts, ...doc.terms]
      .filter((r) => !squashedSource.includes(squash(r.passage)))
      .map((r) => r.key);
    expect(missing).toEqual([]);
  });

  test("passages are written without PDF spaces and line breaks", () => {
    const spaced = [...doc.facts, ...doc.terms].filter((r) => /[\s\u3000]/u.test(r.passage)).map((r) => r.key);
    expect(spaced).toEqual([]);
  });

  test("every text field is present in both languages and Japanese fields contain Japanese script", () => {
    const problems: string[] = [];
    // `scripts` false: the value may be a bare number or an acronym in either language (289, PKO, 2010).
    const pair = (key: string, field: string, ja: string, en: string, scripts = true) => {
      if (!ja.trim()) problems.push(`${key}: empty ${field}Ja`);
      if (!en.trim()) problems.push(`${key}: empty ${field}En`);
      if (scripts && ja.trim() && !JAPANESE.test(ja)) problems.push(`${key}: ${field}Ja has no Japanese script`);
      if (scripts && en.trim() && !LATIN.test(en)) problems.push(`${key}: ${field}En has no Latin letters`);
    };
    const optionalPair = (key: string, field: string, ja: string, en: string) => {
      if (ja.trim() || en.trim()) pair(key, field, ja, en);
    };
    for (const s of doc.sources) {
      pair(s.key, "title", s.titleJa, s.titleEn);
      pair(s.key, "publisher", s.publisherJa, s.publisherEn);
      pair(s.key, "author", s.authorJa, s.authorEn);
      optionalPair(s.key, "series", s.seriesJa, s.seriesEn);
      optionalPair(s.key, "authorRole", s.authorRoleJa, s.authorRoleEn);
    }
    for (const d of doc.decks) {
      pair(d.key, "name", d.nameJa, d.nameEn);
      optionalPair(d.key, "description", d.descriptionJa, d.descriptionEn);
    }
    for (const e of doc.entities) {
      // Names may be acronyms exactly as the source writes them (PKO, HA/DR).
      pair(e.key, "name", e.nameJa, e.nameEn, false);
      optionalPair(e.key, "description", e.descriptionJa, e.descriptionEn);
    }
    for (const f of doc.facts) {
      pair(f.key, "question", f.questionJa, f.questionEn);
      pair(f.key, "statement", f.statementJa, f.statementEn);
      // Answers may be bare numbers or acronyms (289, PKO).
      pair(f.key, "answerText", f.answerTextJa, f.answerTextEn, false);
      pair(f.key, "locator", f.locatorJa, f.locatorEn);
      optionalPair(f.key, "explanation", f.explanationJa, f.explanationEn);
      if (f.series) pair(f.key, "series.label", f.series.labelJa, f.series.labelEn);
      if (f.event) pair(f.key, "event.label", f.event.labelJa, f.event.labelEn);
    }
    for (const t of doc.terms) {
      pair(t.key, "term", t.ja, t.en);
      pair(t.key, "definition", t.definitionJa, t.definitionEn);
      pair(t.key, "locator", t.locatorJa, t.locatorEn);
    }
    expect(problems).toEqual([]);
  });

  test("readings are kana (no kanji)", () => {
    const withKanji = [...doc.entities.map((e) => [e.key, e.readingJa]), ...doc.terms.map((t) => [t.key, t.readingJa])]
      .filter(([, reading]) => /\p{Script=Han}/u.test(reading))
      .map(([key]) => key);
    expect(withKanji).toEqual([]);
    // Every entity or term written with kanji has a reading.
    const unread = [...doc.entities.map((e) => [e.key, e.nameJa, e.readingJa]), ...doc.terms.map((t) => [t.key, t.ja, t.readingJa])]
      .filter(([, name, reading]) => /\p{Script=Han}/u.test(name) && !reading)
      .map(([key]) => key);
    expect(unread).toEqual([]);
  });

  test("every answer text occurs verbatim in its statement", () => {
    const bad = doc.facts
      .filter((f) => !f.statementJa.includes(f.answerTextJa) || !f.statementEn.includes(f.answerTextEn))
      .map((f) => f.key);
    expect(bad).toEqual([]);
  });

  test("keys are well-formed and unique across all record kinds", () => {
    const all = [
      ...doc.sources.map((r) => r.key),
      ...doc.decks.map((r) => r.key),
      ...doc.entities.map((r) => r.key),
      ...doc.facts.map((r) => r.key),
      ...doc.terms.map((r) => r.key),
    ];
    expect(all.filter((k) => !KEY.test(k))).toEqual([]);
    const seen = new Set<string>();
    const dupes = all.filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
    expect(dupes).toEqual([]);
  });

  test("every key reference resolves", () => {
    const broken: string[] = [];
    for (const d of doc.decks) {
      if (d.parentKey !== null && !decks.has(d.parentKey)) broken.push(`${d.key} parentKey ${d.parentKey}`);
      if (d.sourceKey !== null && !sources.has(d.sourceKey)) broken.push(`${d.key} sourceKey ${d.sourceKey}`);
    }
    for (const r of [...doc.facts, ...doc.terms]) {
      if (!sources.has(r.sourceKey)) broken.push(`${r.key} sourceKey ${r.sourceKey}`);
      if (!decks.has(r.deckKey)) broken.push(`${r.key} deckKey ${r.deckKey}`);
    }
    for (const f of doc.facts) {
      for (const k of [...f.answerEntityKeys, ...f.subjectEntityKeys]) {
        if (!entities.has(k)) broken.push(`${f.key} entity ${k}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test("deck tree: one root deck for the source, every fact and term in one of its sub-decks", () => {
    const roots = doc.decks.filter((d) => d.parentKey === null);
    expect(roots.map((d) => d.key)).toEqual(["nids-289"]);
    expect(roots[0].sourceKey).toBe("nids-commentary-289");
    const subDecks = new Set(doc.decks.filter((d) => d.parentKey === "nids-289").map((d) => d.key));
    expect(subDecks.size).toBeGreaterThanOrEqual(5);
    const outside = [...doc.facts, ...doc.terms].filter((r) => !subDecks.has(r.deckKey)).map((r) => r.key);
    expect(outside).toEqual([]);
    // Every sub-deck is used.
    const used = new Set([...doc.facts, ...doc.terms].map((r) => r.deckKey));
    expect([...subDecks].filter((k) => !used.has(k))).toEqual([]);
  });

  test("answers match their answer type", () => {
    const problems: string[] = [];
    for (const f of doc.facts) {
      switch (f.answerType) {
        case "year":
          if (!/^\d{4}$/.test(f.answerValue)) problems.push(`${f.key}: year value ${f.answerValue}`);
          if (!f.answerTextJa.includes(f.answerValue) || !f.answerTextEn.includes(f.answerValue))
            problems.push(`${f.key}: year text does not show ${f.answerValue}`);
          break;
        case "date":
          if (!/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(f.answerValue))
            problems.push(`${f.key}: date value ${f.answerValue}`);
          if (!f.answerTextJa.includes(`${Number(f.answerValue.slice(0, 4))}年`))
            problems.push(`${f.key}: date text does not show the year`);
          break;
        case "number":
          if (!/^\d+(\.\d+)?$/.test(f.answerValue)) problems.push(`${f.key}: number value ${f.answerValue}`);
          if (!f.answerTextJa.includes(f.answerValue) || !f.answerTextEn.includes(f.answerValue))
            problems.push(`${f.key}: number text does not show ${f.answerValue}`);
          break;
        case "entity": {
          if (f.answerEntityKeys.length !== 1) {
            problems.push(`${f.key}: entity answer needs exactly one key`);
            break;
          }
          const e = entities.get(f.answerEntityKeys[0]);
          if (!e) break; // reported by the reference test
          const ja = [e.nameJa, ...e.aliasesJa];
          const en = [e.nameEn, ...e.aliasesEn].map((s) => s.toLowerCase());
          if (!ja.includes(f.answerTextJa)) problems.push(`${f.key}: answerTextJa is not a name of ${e.key}`);
          if (!en.includes(f.answerTextEn.toLowerCase())) problems.push(`${f.key}: answerTextEn is not a name of ${e.key}`);
          break;
        }
        case "list":
          if (f.answerEntityKeys.length < 2) problems.push(`${f.key}: list answer needs several keys`);
          if (new Set(f.answerEntityKeys).size !== f.answerEntityKeys.length) problems.push(`${f.key}: duplicate list keys`);
          break;
        case "text":
          break;
      }
      if (f.answerType !== "entity" && f.answerType !== "list" && f.answerEntityKeys.length > 0)
        problems.push(`${f.key}: answerEntityKeys on a ${f.answerType} answer`);
    }
    expect(problems).toEqual([]);
  });

  test("each passage lies in the paragraph its paragraph number and locator name", () => {
    // The opening words of the document's 10 body paragraphs (lead, then the three sections).
    const starts = [
      "2023年11月16日、第10回",
      "ADMMプラスは、ASEAN加盟国と域外国との",
      "EWGでは、様々な非伝統分野",
      "しかし、信頼醸成については",
      "今日では、他のASEAN中心",
      "日本は、発足当初から",
      "ADMMプラスと並行して",
      "今回のADMMプラスには",
      "中東やインド太平洋の地域情勢",
      "また会合では、女性",
    ].map((s) => squashedSource.indexOf(s));
    const footer = squashedSource.indexOf("専門分野：");
    expect(starts.every((i, n) => i >= 0 && (n === 0 || i > starts[n - 1]))).toBe(true);
    const paragraphOf = (passage: string) => {
      const at = squashedSource.indexOf(squash(passage));
      if (at < starts[0] || at >= footer) return 0; // header (number, date, title, author) or footer
      let p = 0;
      while (p < starts.length && starts[p] <= at) p++;
      return p;
    };
    const problems: string[] = [];
    const locatorParagraph = new Map<string, number>();
    for (const f of doc.facts) {
      if (paragraphOf(f.passage) !== f.paragraph) problems.push(`${f.key}: passage is not in paragraph ${f.paragraph}`);
      if (f.paragraph > 0 && !/第\d+段落$/.test(f.locatorJa)) problems.push(`${f.key}: locatorJa lacks a paragraph`);
      const known = locatorParagraph.get(f.locatorJa);
      if (known !== undefined && known !== f.paragraph) problems.push(`${f.key}: locator ${f.locatorJa} used for two paragraphs`);
      locatorParagraph.set(f.locatorJa, f.paragraph);
    }
    // Body paragraphs get distinct locators.
    const bodyLocators = [...locatorParagraph].filter(([, p]) => p > 0);
    expect(new Set(bodyLocators.map(([, p]) => p)).size).toBe(bodyLocators.length);
    for (const t of doc.terms) {
      const p = locatorParagraph.get(t.locatorJa);
      if (p === undefined) problems.push(`${t.key}: unknown locator ${t.locatorJa}`);
      else if (paragraphOf(t.passage) !== p) problems.push(`${t.key}: passage is not in ${t.locatorJa}`);
    }
    expect(problems).toEqual([]);
  });

  test("counts: at least 60 facts and 30 terms", () => {
    expect(doc.facts.length).toBeGreaterThanOrEqual(60);
    expect(doc.terms.length).toBeGreaterThanOrEqual(30);
  });

  test("every entity type used by an entity answer has at least 4 entities (3 distractors)", () => {
    const perType = new Map<string, number>();
    for (const e of doc.entities) perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
    const usedTypes = new Set(
      doc.facts.filter((f) => f.answerType === "entity").map((f) => entities.get(f.answerEntityKeys[0])?.type ?? "?"),
    );
    const short = [...usedTypes].filter((t) => (perType.get(t) ?? 0) < 4);
    expect(short).toEqual([]);
  });

  test("entity names are not duplicated (one row per entity)", () => {
    const seen = new Set<string>();
    const dupes = doc.entities.filter((e) => (seen.has(e.nameJa) ? true : (seen.add(e.nameJa), false))).map((e) => e.key);
    expect(dupes).toEqual([]);
  });

  test("at least 8 distinct dated events", () => {
    const dates = new Set(doc.facts.filter((f) => f.event).map((f) => f.event!.date));
    expect(dates.size).toBeGreaterThanOrEqual(8);
  });

  test("the japan-ewg-cochairs series has orders 1..5 and series orders are unique", () => {
    const orders = doc.facts
      .filter((f) => f.series?.key === "japan-ewg-cochairs")
      .map((f) => f.series!.order)
      .sort((a, b) => a - b);
    expect(orders).toEqual([1, 2, 3, 4, 5]);
    const bySeries = new Map<string, number[]>();
    for (const f of doc.facts) {
      if (!f.series) continue;
      bySeries.set(f.series.key, [...(bySeries.get(f.series.key) ?? []), f.series.order]);
    }
    const clashing = [...bySeries].filter(([, os]) => new Set(os).size !== os.length).map(([k]) => k);
    expect(clashing).toEqual([]);
  });

  test("key facts carry the values the source states", () => {
    const fact = (key: string) => {
      const f = doc.facts.find((x) => x.key === key);
      if (!f) throw new Error(`missing ${key}`);
      return f;
    };
    expect(fact("fact.admm-plus.launch-year").answerValue).toBe("2010");
    expect(fact("fact.admm.founded-year").answerValue).toBe("2006");
    expect(fact("fact.meeting-10.date").answerValue).toBe("2023-11-16");
    expect(fact("fact.ewg.total-count").answerValue).toBe("7");
    expect(fact("fact.admm-plus.extra-regional-list").answerEntityKeys).toHaveLength(8);
    expect(fact("fact.japan.cochair-partner.cycle-1").answerEntityKeys).toEqual(["entity.country.singapore"]);
    expect(fact("fact.japan.cochair.cycle-5").answerEntityKeys).toEqual(["entity.ewg.maritime-security"]);
  });
});

import fs from "node:fs";
import { createTestDatabase, providers } from "../support/test-database";
import { importFile, MAX_IMPORT_BYTES, readBodyWithLimit } from "@/app/_data/interchange/import-file";
import { defaultContentFiles } from "@/app/_data/seed-default-deck";

const seedBytes = () => new Uint8Array(fs.readFileSync(defaultContentFiles()[0]));
const codes = (result: Awaited<ReturnType<typeof importFile>>) => (result.ok ? [] : result.issues.map((i) => i.code));

describe.each(providers)("importing a file on %s", (provider) => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await t?.drop();
  });

  test("bad files are refused with a code and import nothing", async () => {
    const cases: Array<[Uint8Array, string]> = [
      [new Uint8Array(), "emptyFile"],
      [new TextEncoder().encode("{ not json"), "malformedJson"],
      [new TextEncoder().encode(JSON.stringify({ hello: "world" })), "wrongFormat"],
      [new TextEncoder().encode("[1,2,3]"), "wrongFormat"],
      [new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), "notUtf8"],
      [new Uint8Array([0x7b, 0x22, 0xe3, 0x81, 0x22, 0x7d]), "notUtf8"], // truncated multi-byte sequence
      [new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x20), "tooLarge"],
    ];
    for (const [bytes, code] of cases) expect(codes(await importFile(t.prisma, bytes))).toEqual([code]);
    expect(await t.prisma.fact.count()).toBe(0);
  });

  test("a Shift_JIS file is refused as not UTF-8", async () => {
    // "ファクト" in Shift_JIS inside a JSON string
    const sjis = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x83, 0x74, 0x83, 0x40, 0x83, 0x4e, 0x83, 0x67, 0x22, 0x7d]);
    expect(codes(await importFile(t.prisma, sjis))).toEqual(["notUtf8"]);
  });

  test("a UTF-8 file with a byte-order mark imports, and importing twice updates instead of duplicating", async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...seedBytes()]);
    const first = await importFile(t.prisma, withBom);
    expect(first.ok).toBe(true);
    const count = await t.prisma.fact.count();
    expect(count).toBeGreaterThanOrEqual(60);
    expect((await importFile(t.prisma, seedBytes())).ok).toBe(true);
    expect(await t.prisma.fact.count()).toBe(count);
  });

  test("a file with thousands of problems reports the first 200 and counts the rest, importing nothing", async () => {
    const doc = JSON.parse(new TextDecoder().decode(seedBytes()));
    const broken = {
      ...doc,
      facts: Array.from({ length: 3000 }, (_, i) => ({ ...doc.facts[i % doc.facts.length], key: `fact.broken.${i}`, deckKey: "no.such.deck" })),
    };
    const before = await t.prisma.fact.count();
    const result = await importFile(t.prisma, new TextEncoder().encode(JSON.stringify(broken)));
    if (result.ok) throw new Error("the broken file was imported");
    expect(result.issues).toHaveLength(200);
    expect("moreIssues" in result ? result.moreIssues : 0).toBe(3000 - 200);
    expect(JSON.stringify(result).length).toBeLessThan(100_000);
    expect(await t.prisma.fact.count()).toBe(before);
  });

  test("impossible dates and non-web URLs are refused with their own codes", async () => {
    const doc = JSON.parse(new TextDecoder().decode(seedBytes()));
    const sources = doc.sources.map((s: Record<string, unknown>) => ({ ...s, key: `${s.key}.new`, publishedOn: "2020-13-45", url: "javascript:alert(1)" }));
    const result = await importFile(t.prisma, new TextEncoder().encode(JSON.stringify({ ...doc, sources })));
    expect(codes(result)).toEqual(["isoDate", "webUrl"]);
    expect(await t.prisma.source.count({ where: { key: { endsWith: ".new" } } })).toBe(0);
  });

  test("a file of nearly 10 MB (many valid records) is handled", async () => {
    const doc = JSON.parse(new TextDecoder().decode(seedBytes()));
    const padding = "x".repeat(3900);
    const big = { ...doc, facts: [] as unknown[] };
    let size = Buffer.byteLength(JSON.stringify(doc));
    while (size < 9.5 * 1024 * 1024) {
      const fact = { ...doc.facts[big.facts.length % doc.facts.length], key: `fact.bulk.${big.facts.length}`, explanationEn: padding };
      size += Buffer.byteLength(JSON.stringify(fact)) + 1;
      big.facts.push(fact);
    }
    const bytes = new TextEncoder().encode(JSON.stringify(big));
    expect(bytes.byteLength).toBeGreaterThan(9 * 1024 * 1024);
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const result = await importFile(t.prisma, bytes);
    expect(result.ok).toBe(true);
    expect(await t.prisma.fact.count({ where: { key: { startsWith: "fact.bulk." } } })).toBe(big.facts.length);
  });
});

test("readBodyWithLimit stops reading past the limit", async () => {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(1024));
      if (pulled > 100) controller.close();
    },
  });
  expect(await readBodyWithLimit(stream, 4096)).toBe("tooLarge");
  expect(pulled).toBeLessThan(10);
  const small = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array([1, 2]));
      controller.enqueue(new Uint8Array([3]));
      controller.close();
    },
  });
  expect(Array.from((await readBodyWithLimit(small, 4096)) as Uint8Array)).toEqual([1, 2, 3]);
});

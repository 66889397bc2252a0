import { chunks, inChunks, IN_LIST_LIMIT } from "@/app/_data/db-helpers/chunks";
import { parseJson, parseStringArray } from "@/app/_data/db-helpers/json-columns";
import { selectColumns } from "@/app/_data/db-helpers/select-columns";
import { isUniqueViolation } from "@/app/_data/db-helpers/prisma-errors";

test("chunks split a list into parts of at most the limit, in order", () => {
  const list = Array.from({ length: 2 * IN_LIST_LIMIT + 3 }, (_, i) => i);
  const parts = chunks(list);
  expect(parts.map((p) => p.length)).toEqual([IN_LIST_LIMIT, IN_LIST_LIMIT, 3]);
  expect(parts.flat()).toEqual(list);
  expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  expect(chunks([])).toEqual([]);
});

test("inChunks loads each part once and joins the results in order", async () => {
  const list = Array.from({ length: IN_LIST_LIMIT + 1 }, (_, i) => i);
  const seen: number[] = [];
  const out = await inChunks(list, async (part) => {
    seen.push(part.length);
    return part.map((n) => n * 2);
  });
  expect(seen).toEqual([IN_LIST_LIMIT, 1]);
  expect(out).toEqual(list.map((n) => n * 2));
  expect(await inChunks([], async () => [1])).toEqual([]);
});

test("JSON columns: parsed when JSON, the fallback otherwise; string arrays only", () => {
  expect(parseJson('{"a":[1]}', null)).toEqual({ a: [1] });
  expect(parseJson("null", "fallback")).toBeNull();
  expect(parseJson("not json", null)).toBeNull();
  expect(parseJson("", "as is")).toBe("as is");
  expect(parseStringArray('["a","b"]')).toEqual(["a", "b"]);
  expect(parseStringArray('["a",1]')).toEqual([]);
  expect(parseStringArray("{")).toEqual([]);
});

test("a select names exactly the given columns", () => {
  expect(selectColumns(["due", "reps"])).toEqual({ due: true, reps: true });
});

test("a unique violation is Prisma's P2002 and nothing else", () => {
  expect(isUniqueViolation({ code: "P2002" })).toBe(true);
  expect(isUniqueViolation({ code: "P2025" })).toBe(false);
  expect(isUniqueViolation(new Error("P2002"))).toBe(false);
  expect(isUniqueViolation(null)).toBe(false);
});

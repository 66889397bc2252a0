import { generateJoinCode, isEasilyConfused, isJoinCode } from "@/app/_domain/live/join-code";
import { createRandom } from "@/app/_domain/quiz/random";

const seeded = (seed: string) => {
  const rng = createRandom(seed);
  return (max: number) => rng.int(0, max - 1);
};
/** Plays back fixed digits, to reach the patterns the generator must skip. */
const digits = (...list: number[]) => {
  let i = 0;
  return () => list[i++ % list.length];
};

test("six digits from the injected source, reproducible", () => {
  const code = generateJoinCode(seeded("a"));
  expect(isJoinCode(code)).toBe(true);
  expect(generateJoinCode(seeded("a"))).toBe(code);
  expect(new Set(["a", "b", "c", "d", "e"].map((s) => generateJoinCode(seeded(s)))).size).toBeGreaterThan(1);
});

test("many codes are spread over the space", () => {
  const random = seeded("many");
  const codes = Array.from({ length: 2000 }, () => generateJoinCode(random));
  expect(codes.every(isJoinCode)).toBe(true);
  expect(new Set(codes).size).toBeGreaterThan(1990);
  for (let position = 0; position < 6; position++) {
    expect(new Set(codes.map((c) => c[position])).size).toBe(position === 0 ? 9 : 10);
  }
});

test.each(["111111", "123456", "654321", "345678", "123123", "012345", "098765"])("%s reads as a pattern", (code) => {
  expect(isEasilyConfused(code)).toBe(true);
});

test.each(["482913", "730154", "119283"])("%s is fine", (code) => {
  expect(isEasilyConfused(code)).toBe(false);
});

test("patterns are skipped", () => {
  expect(generateJoinCode(digits(1, 1, 1, 1, 1, 1, 4, 8, 2, 9, 1, 3))).toBe("482913");
  expect(generateJoinCode(digits(1, 2, 3, 4, 5, 6, 7, 3, 0, 1, 5, 4))).toBe("730154");
});

test("codes in use are skipped; a source that only gives taken codes fails loudly", () => {
  expect(generateJoinCode(digits(4, 8, 2, 9, 1, 3, 7, 3, 0, 1, 5, 4), (c) => c === "482913")).toBe("730154");
  expect(() => generateJoinCode(digits(4, 8, 2, 9, 1, 3), () => true)).toThrow("no free join code");
});

test("only six ASCII digits are a join code", () => {
  for (const text of ["12345", "1234567", "12345a", "１２３４５６", " 123456"]) expect(isJoinCode(text)).toBe(false);
});

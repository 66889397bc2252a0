import { NICKNAME_MAX_LENGTH, checkNickname, nicknameKey, normalizeNickname } from "@/app/_domain/live/nickname";

test("NFKC and trimming: full-width letters and digits, half-width kana, ideographic spaces", () => {
  expect(normalizeNickname("　Ｔａｒｏ１２３　")).toBe("Taro123");
  expect(normalizeNickname("ﾀﾛｳ")).toBe("タロウ");
  expect(normalizeNickname("ann   lee")).toBe("ann lee");
  expect(checkNickname(" ＡＢＣ ")).toEqual({ ok: true, nickname: "ABC" });
});

test("1–20 characters after normalizing, counted as people see them, not as UTF-16 units", () => {
  expect(checkNickname("")).toEqual({ ok: false, problem: "empty" });
  expect(checkNickname(" \u3000 ")).toEqual({ ok: false, problem: "empty" });
  expect(checkNickname("a")).toEqual({ ok: true, nickname: "a" });
  expect(checkNickname("x".repeat(NICKNAME_MAX_LENGTH))).toMatchObject({ ok: true });
  expect(checkNickname("x".repeat(21))).toEqual({ ok: false, problem: "too_long" });
  expect(checkNickname("😀".repeat(20))).toMatchObject({ ok: true });
  expect(checkNickname("😀".repeat(21))).toEqual({ ok: false, problem: "too_long" });
  expect(checkNickname("たなか　はなこ")).toEqual({ ok: true, nickname: "たなか はなこ" });
  // 20 full-width characters fold to 20 half-width ones: still fine.
  expect(checkNickname("Ａ".repeat(20))).toEqual({ ok: true, nickname: "A".repeat(20) });
});

test("emoji, including joined sequences and flags, are allowed and count once", () => {
  expect(checkNickname("👩‍🏫 Sensei")).toEqual({ ok: true, nickname: "👩‍🏫 Sensei" });
  expect(checkNickname("🇯🇵")).toMatchObject({ ok: true });
  expect(checkNickname("🏴󠁧󠁢󠁳󠁣󠁴󠁿")).toMatchObject({ ok: true }); // a flag built with tag characters
  expect(checkNickname("👩‍🏫".repeat(20))).toMatchObject({ ok: true });
  expect(checkNickname("👩‍🏫".repeat(21))).toEqual({ ok: false, problem: "too_long" });
  expect(checkNickname("が".normalize("NFD").repeat(20))).toEqual({ ok: true, nickname: "が".repeat(20) });
});

test("long emoji sequences are capped in storage size too", () => {
  // 20 family emoji are 20 characters to the eye but 220 UTF-16 units.
  expect(checkNickname("👨‍👩‍👧‍👦".repeat(20))).toEqual({ ok: false, problem: "too_long" });
  expect(checkNickname("👨‍👩‍👧‍👦".repeat(7))).toMatchObject({ ok: true });
});

test.each([
  ["NUL", "a\u0000b"],
  ["bell", "ab\u0007"],
  ["newline", "ann\nlee"],
  ["tab", "ann\tlee"],
  ["DEL", "ann\u007f"],
  ["C1 control", "ann\u0085"],
  ["right-to-left override", "ann\u202Eeel"],
  ["zero-width space", "an\u200Bn"],
  ["line separator", "ann\u2028"],
])("a %s is refused", (_, raw) => {
  expect(checkNickname(raw)).toEqual({ ok: false, problem: "control_character" });
});

test("uniqueness ignores case and width", () => {
  const taken = ["Ann", "タロウ"];
  expect(checkNickname("ann", taken)).toEqual({ ok: false, problem: "taken" });
  expect(checkNickname("ＡＮＮ", taken)).toEqual({ ok: false, problem: "taken" });
  expect(checkNickname(" Ann ", taken)).toEqual({ ok: false, problem: "taken" });
  expect(checkNickname("ﾀﾛｳ", taken)).toEqual({ ok: false, problem: "taken" });
  expect(checkNickname("Anne", taken)).toMatchObject({ ok: true });
  expect(checkNickname("たろう", taken)).toMatchObject({ ok: true }); // hiragana is another name
});

test("the comparison key folds case and width", () => {
  expect(nicknameKey("ＡｎＮ")).toBe(nicknameKey("ann"));
  expect(nicknameKey("Straße")).not.toBe(nicknameKey("Strasse"));
});

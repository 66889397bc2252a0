import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import {
  ACCOUNT_ERROR_CODES,
  claimAccountSchema,
  deleteDataSchema,
  isValidTimeZone,
  parseDirections,
  settingsSchema,
  signInSchema,
  usernameSchema,
} from "@/app/_schemas/account";
import { fieldErrorCodes } from "@/app/_schemas/error-codes";

const codesOf = (result: { success: boolean; error?: { issues: Parameters<typeof fieldErrorCodes>[1] } }) =>
  result.success ? {} : fieldErrorCodes("account", result.error!.issues);

describe("usernames", () => {
  test.each(["abc", "alice_1", "a.b-c", "x".repeat(32), "0123"])("%s is accepted", (name) => {
    expect(usernameSchema.safeParse(name)).toEqual({ success: true, data: name });
  });

  test("are trimmed and stored in lower case", () => {
    expect(usernameSchema.parse("  Alice.Smith ")).toBe("alice.smith");
  });

  test.each([
    ["", "usernameRequired"],
    ["   ", "usernameRequired"],
    ["ab", "usernameTooShort"],
    ["x".repeat(33), "usernameTooLong"],
    ["ali ce", "usernameInvalid"],
    ["alice!", "usernameInvalid"],
    ["アリス", "usernameInvalid"],
    ["ａｌｉｃｅ", "usernameInvalid"],
  ])("%j is refused with %s", (name, code) => {
    const result = usernameSchema.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toBe(code);
  });
});

describe("claiming an account", () => {
  const valid = { username: "Learner", password: "correct horse", confirmPassword: "correct horse" };

  test("a valid claim parses to the lower-cased username", () => {
    expect(claimAccountSchema.parse(valid)).toEqual({ ...valid, username: "learner" });
  });

  test.each([
    [{ password: "123456789", confirmPassword: "123456789" }, { password: "passwordTooShort" }],
    [{ password: "x".repeat(201), confirmPassword: "x".repeat(201) }, { password: "passwordTooLong" }],
    [{ confirmPassword: "correct horsE" }, { confirmPassword: "passwordsDontMatch" }],
    [{ password: "", confirmPassword: "" }, { password: "passwordRequired" }],
  ])("%j → %j", (change, expected) => {
    expect(codesOf(claimAccountSchema.safeParse({ ...valid, ...change }))).toEqual(expected);
  });

  test("10 and 200 characters are both fine", () => {
    for (const password of ["x".repeat(10), "x".repeat(200)]) expect(claimAccountSchema.safeParse({ ...valid, password, confirmPassword: password }).success).toBe(true);
  });
});

describe("signing in", () => {
  test("only checks presence and bounds (no format hints)", () => {
    expect(signInSchema.parse({ username: " Some One ", password: "x" })).toEqual({ username: "some one", password: "x" });
    expect(codesOf(signInSchema.safeParse({ username: "", password: "" }))).toEqual({ username: "usernameRequired", password: "passwordRequired" });
    expect(codesOf(signInSchema.safeParse({ username: "a", password: "x".repeat(201) }))).toEqual({ password: "wrongCredentials" });
  });
});

describe("settings", () => {
  const valid = { timeZone: "Asia/Tokyo", desiredRetention: "0.9", newCardsPerDay: "20", directions: ["ja-en", "en-ja"] };

  test("form strings are coerced, directions kept in canonical order", () => {
    expect(settingsSchema.parse({ ...valid, directions: ["en-en", "ja-en"] })).toEqual({
      timeZone: "Asia/Tokyo",
      desiredRetention: 0.9,
      newCardsPerDay: 20,
      directions: ["ja-en", "en-en"],
    });
  });

  test("a single checked direction arrives as a string", () => {
    expect(settingsSchema.parse({ ...valid, directions: "ja-ja" }).directions).toEqual(["ja-ja"]);
  });

  test.each([
    [{ desiredRetention: "0.7" }, true],
    [{ desiredRetention: "0.99" }, true],
    [{ desiredRetention: "0.69" }, false],
    [{ desiredRetention: "1" }, false],
    [{ desiredRetention: "" }, false],
    [{ desiredRetention: "abc" }, false],
    [{ newCardsPerDay: "0" }, true],
    [{ newCardsPerDay: "999" }, true],
    [{ newCardsPerDay: "1000" }, false],
    [{ newCardsPerDay: "-1" }, false],
    [{ newCardsPerDay: "2.5" }, false],
    [{ newCardsPerDay: "" }, false],
    [{ timeZone: "UTC" }, true],
    [{ timeZone: "America/Argentina/Buenos_Aires" }, true],
    [{ timeZone: "Mars/Olympus" }, false],
    [{ timeZone: "" }, false],
    [{ directions: [] }, false],
    [{ directions: false }, false],
    [{ directions: ["ja-fr"] }, false],
  ])("%j valid: %s", (change, ok) => {
    expect(settingsSchema.safeParse({ ...valid, ...change }).success).toBe(ok);
  });

  test("each failure names its own code", () => {
    expect(codesOf(settingsSchema.safeParse({ timeZone: "Nowhere/City", desiredRetention: "2", newCardsPerDay: "1e9", directions: [] }))).toEqual({
      timeZone: "timeZoneInvalid",
      desiredRetention: "retentionRange",
      newCardsPerDay: "newCardsRange",
      directions: "directionsRequired",
    });
  });

  test("time zones are checked against Intl and a strict shape", () => {
    expect(isValidTimeZone("Europe/London")).toBe(true);
    expect(isValidTimeZone("../etc/passwd")).toBe(false);
    expect(isValidTimeZone("Asia/Tokyo; path=/")).toBe(false);
  });

  test("stored directions are read back safely", () => {
    expect(parseDirections('["en-ja","ja-en"]')).toEqual(["ja-en", "en-ja"]);
    expect(parseDirections("[]")).toEqual(["ja-en", "en-ja"]);
    expect(parseDirections("not json")).toEqual(["ja-en", "en-ja"]);
  });
});

test("deleting needs the explicit confirmation", () => {
  expect(deleteDataSchema.safeParse({ confirm: "yes" }).success).toBe(true);
  expect(codesOf(deleteDataSchema.safeParse({ confirm: "" }))).toEqual({ confirm: "confirmRequired" });
  expect(codesOf(deleteDataSchema.safeParse({}))).toEqual({ confirm: "confirmRequired" });
});

test("every error code has a message in both languages", () => {
  for (const messages of [en, ja] as { Account: { errors: Record<string, string> } }[])
    expect(ACCOUNT_ERROR_CODES.filter((code) => !messages.Account.errors[code])).toEqual([]);
});

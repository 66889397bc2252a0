// The NIST SP 800-63B password rules and the reserved usernames, as the claim form and the server
// action both apply them (one schema).
import commonPasswords from "@/app/_schemas/common-passwords.json";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { claimAccountSchema, isCommonPassword, newPasswordSchema, PASSWORD_MIN, usernameSchema } from "@/app/_schemas/account";
import { fieldErrorCodes } from "@/app/_schemas/error-codes";
import { clientAddressFrom, trustedProxyCount } from "@/app/_data/auth/client-address";

const claim = (username: string, password: string) => {
  const result = claimAccountSchema.safeParse({ username, password, confirmPassword: password });
  return result.success ? {} : fieldErrorCodes("account", result.error.issues);
};

describe("passwords", () => {
  test("the shipped list holds a few thousand common passwords the length rule alone would let through", () => {
    expect(commonPasswords.length).toBeGreaterThan(1000);
    expect(new Set(commonPasswords).size).toBe(commonPasswords.length);
    for (const p of commonPasswords) expect([...p].length).toBeGreaterThanOrEqual(PASSWORD_MIN);
    expect(commonPasswords).toEqual(expect.arrayContaining(["1234567890", "qwertyuiop"]));
  });

  test.each(["1234567890", "qwertyuiop", "QWERTYUIOP", "ｑｗｅｒｔｙｕｉｏｐ", "1q2w3e4r5t"])("%j is refused as common", (password) => {
    expect(isCommonPassword(password)).toBe(true);
    expect(claim("newlearner", password)).toEqual({ password: "passwordCommon" });
  });

  test("long passphrases (64 characters and more, any script, spaces) are welcome", () => {
    for (const password of ["correct horse battery staple ".repeat(3).trim(), "x".repeat(64), "かえるがなく ふるいけや みずのおと".repeat(2), "p".repeat(200)])
      expect(newPasswordSchema.safeParse(password).success).toBe(true);
  });

  test("length counts characters, not UTF-16 units", () => {
    expect(newPasswordSchema.safeParse("😀".repeat(5)).error!.issues[0].message).toBe("passwordTooShort");
  });

  test("a password equal to the username (in any case) is refused", () => {
    expect(claim("learner.one", "learner.one")).toEqual({ password: "passwordIsUsername" });
    expect(claim("Learner.One", "LEARNER.ONE")).toEqual({ password: "passwordIsUsername" });
    expect(claim("learner.one", "learner.one is my name")).toEqual({});
  });
});

describe("usernames", () => {
  test.each(["admin", "Admin", "ROOT", "teacher", "editor", "support", "administrator", "admin_1", "sup.port", "system", "moderator"])(
    "%j is reserved",
    (name) => {
      const result = usernameSchema.safeParse(name);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0].message).toBe("usernameReserved");
    },
  );

  test.each(["admiral", "teachers.pet", "rootbeer", "editorial.x", "learner", "e2e.abc123"])("%j is an ordinary name", (name) => {
    expect(usernameSchema.safeParse(name).success).toBe(true);
  });
});

test("every new message exists in both languages", () => {
  for (const code of ["passwordCommon", "passwordIsUsername", "usernameReserved"] as const) {
    expect(en.Account.errors[code]).toBeTruthy();
    expect(ja.Account.errors[code]).toBeTruthy();
  }
});

describe("client address (TRUSTED_PROXIES)", () => {
  const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

  test("defaults to 0 and accepts only small whole numbers", () => {
    expect(trustedProxyCount({})).toBe(0);
    expect(trustedProxyCount({ TRUSTED_PROXIES: "2" })).toBe(2);
    for (const bad of ["-1", "1.5", "lots", "1000"]) expect(trustedProxyCount({ TRUSTED_PROXIES: bad })).toBe(0);
  });

  test("with no trusted proxy, the one entry Next.js writes (the socket's address)", () => {
    expect(clientAddressFrom(h("198.51.100.7"), 0)).toBe("198.51.100.7");
    expect(clientAddressFrom(h(), 0)).toBe("unknown");
  });

  test("with N trusted proxies, the N-th entry from the right: entries a client prepends change nothing", () => {
    // One proxy appends the address it saw (the client's).
    expect(clientAddressFrom(h("203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddressFrom(h("1.1.1.1, 2.2.2.2, 203.0.113.9"), 1)).toBe("203.0.113.9");
    // Two proxies: the far one appends the client, the near one appends the far one.
    expect(clientAddressFrom(h("203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    expect(clientAddressFrom(h("spoofed, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });
});

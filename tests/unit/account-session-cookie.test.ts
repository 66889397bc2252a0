import { newSessionToken, sessionCookieOptions, sessionIdOf, SESSION_COOKIE } from "@/app/_data/auth/session-token";
import { clientAddressFrom } from "@/app/_data/auth/client-address";

describe("the session cookie", () => {
  const expires = new Date("2030-01-01T00:00:00Z");
  const saved = process.env.COOKIE_SECURE;
  afterEach(() => {
    if (saved === undefined) delete process.env.COOKIE_SECURE;
    else process.env.COOKIE_SECURE = saved;
  });

  test("is httpOnly and SameSite=Lax for the whole site", () => {
    delete process.env.COOKIE_SECURE;
    expect(SESSION_COOKIE).toBe("sid");
    expect(sessionCookieOptions(expires)).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/", expires });
  });

  test("is Secure when COOKIE_SECURE=1", () => {
    process.env.COOKIE_SECURE = "1";
    expect(sessionCookieOptions(expires).secure).toBe(true);
  });

  test("holds a random token; the database keys sessions by its SHA-256", () => {
    const [a, b] = [newSessionToken(), newSessionToken()];
    expect(a).not.toBe(b);
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
    expect(sessionIdOf(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionIdOf(a)).toBe(sessionIdOf(a));
    expect(sessionIdOf(a)).not.toBe(sessionIdOf(b));
  });
});

describe("the client address used by the sign-in limit", () => {
  test("is the last x-forwarded-for entry (the one the nearest proxy saw)", () => {
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientAddressFrom(new Headers({ "x-real-ip": "192.0.2.1" }))).toBe("192.0.2.1");
    expect(clientAddressFrom(new Headers())).toBe("unknown");
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "x".repeat(500) }))).toHaveLength(64);
  });
});

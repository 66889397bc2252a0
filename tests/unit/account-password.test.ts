import { dummyPasswordHash, hashPassword, verifyPassword } from "@/app/_data/auth/password";

describe("password hashing (scrypt)", () => {
  test("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  test("a fresh salt each time: the same password never hashes the same", async () => {
    const [a, b] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(a).not.toBe(b);
    expect(a.split("$")[4]).not.toBe(b.split("$")[4]);
  });

  test("the scheme and its cost parameters are stored beside the hash", async () => {
    const hash = await hashPassword("parameters!");
    const [scheme, n, r, p, salt, key] = hash.split("$");
    expect(scheme).toBe("scrypt");
    expect(Number(n)).toBeGreaterThanOrEqual(2 ** 15);
    expect(Number(r)).toBe(8);
    expect(Number(p)).toBeGreaterThanOrEqual(1);
    expect(Buffer.from(salt, "base64url")).toHaveLength(16);
    expect(Buffer.from(key, "base64url")).toHaveLength(32);
    expect(hash).not.toContain("parameters!");
  });

  test("a hash made with other stored parameters still verifies (costs can be raised later)", async () => {
    const { scryptSync, randomBytes } = await import("node:crypto");
    const salt = randomBytes(16);
    const key = scryptSync("old password", salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    const stored = ["scrypt", 2 ** 14, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
    expect(await verifyPassword("old password", stored)).toBe(true);
  });

  test("malformed stored values never verify", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$whatever")).toBe(false);
  });

  test("passwords are compared after Unicode normalization (full-width and half-width alike)", async () => {
    const hash = await hashPassword("ｐａｓｓｗｏｒｄ１２３");
    expect(await verifyPassword("password123", hash)).toBe(true);
  });

  test("the dummy hash for unknown users is a real hash that matches nothing typed", async () => {
    const dummy = await dummyPasswordHash();
    expect(dummy.startsWith("scrypt$")).toBe(true);
    expect(await verifyPassword("hunter2hunter2", dummy)).toBe(false);
  });
});

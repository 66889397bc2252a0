// Hardening against malformed and hostile requests, sent raw to the app as `npm start` serves it:
// broken paths, unsupported methods, malformed server-action bodies, cross-origin posts to route
// handlers, and the security headers and Content-Security-Policy in a real Chromium.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { createPrismaClient, type Db } from "@/app/_data/prisma-client";

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request exactly as given (no URL normalisation, any method, optional chunked body). */
function raw(method: string, target: string, headers: Record<string, string> = {}, body?: string | Buffer, chunked = false): Promise<RawResponse> {
  const url = new URL(baseUrl());
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, method, path: target, headers: body !== undefined && !chunked ? { "content-length": String(Buffer.byteLength(body)), ...headers } : headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    request.on("error", reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}

/** The id of a server action, from the build's manifest (the same ids the pages send). */
function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"));
  const entry = Object.entries(manifest.node as Record<string, { exportedName?: string }>).find(([, v]) => v.exportedName === name);
  if (!entry) throw new Error(`no server action named ${name} in the build`);
  return entry[0];
}

const isClientError = (status: number) => status >= 400 && status < 500;

let browser: Browser;
let db: Db;
beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(process.env.E2E_DATABASE_URL);
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function expectAppStillWorks() {
  const home = await raw("GET", "/en");
  expect(home.status).toBe(200);
  expect(home.body).toContain("<html");
  const api = await raw("GET", "/api/export?format=json");
  expect(api.status).toBe(200);
  expect(JSON.parse(api.body).format).toBe("bilingual-study/v1");
}

describe("malformed requests get a 4xx, never a 500", () => {
  test.each(["/en/facts/%E0%A4%A", "/en/%ff", "/%ff", "/ja/quiz/%C0%AF", "/api/%ff", "/api/export/%E0%A4%A", "/_next/static/%ff", "/_next/static/chunks/%ff.js", "/favicon%ff.ico"])(
    "broken percent-encoding: %s → 400",
    async (target) => {
      const response = await raw("GET", target);
      expect(response.status).toBe(400);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
    },
  );

  test.each([
    ["TRACE", "/en"],
    ["TRACE", "/api/export"],
    ["TRACE", "/_next/static/chunks/x.js"],
    ["TRACK", "/en"],
    ["PUT", "/en/account"],
    ["DELETE", "/en/facts"],
    ["PATCH", "/en"],
    ["OPTIONS", "/en/study"],
    ["DELETE", "/api/export"],
    ["PUT", "/api/import"],
    ["POST", "/_next/static/chunks/x.js"],
  ])("%s %s → 405 (or 400)", async (method, target) => {
    const response = await raw(method, target);
    expect([400, 405]).toContain(response.status);
  });

  describe("server-action calls with malformed bodies", () => {
    const target = "/en/study/review";
    const call = (body: string | Buffer, contentType = "text/plain;charset=UTF-8", extra: Record<string, string> = {}, chunked = false) =>
      raw("POST", target, { "next-action": actionId("submitReviewAction"), "content-type": contentType, origin: baseUrl(), ...extra }, body, chunked);

    test.each([
      ["invalid JSON", "{not json"],
      ["a number instead of the argument array", "42"],
      ["an object instead of the argument array", '{"0":1}'],
      ["a string", '"hello"'],
      ["deep nesting", "[".repeat(100_000) + "]".repeat(100_000)],
      ["deep nesting inside an object", "[" + '{"a":'.repeat(5000) + "1" + "}".repeat(5000) + "]"],
      ["a reference to a part a text body cannot have", '["$1"]'],
      ["a promise reference to nothing", '[{"x":"$@1"}]'],
      ["an empty body", ""],
    ])("%s → 4xx", async (_, body) => {
      const response = await call(body);
      expect(isClientError(response.status)).toBe(true);
    });

    test("over 1 MB → 413, whether the length is stated or not", async () => {
      const big = JSON.stringify(["x".repeat(1024 * 1024 + 10)]);
      expect((await call(big)).status).toBe(413);
      expect(isClientError((await call(big, "text/plain;charset=UTF-8", { "transfer-encoding": "chunked" }, true)).status)).toBe(true);
    });

    test("a content type React never sends → 415", async () => {
      expect((await call("[]", "application/json")).status).toBe(415);
      expect((await call("a=b", "application/x-www-form-urlencoded")).status).toBe(415);
    });

    test("multipart bodies that do not parse, or lack the argument array → 400", async () => {
      expect((await call("garbage", "multipart/form-data; boundary=x")).status).toBe(400);
      expect((await call("garbage", "multipart/form-data")).status).toBe(400);
      const noRoot = '--x\r\nContent-Disposition: form-data; name="1_a"\r\n\r\nb\r\n--x--\r\n';
      expect((await call(noRoot, "multipart/form-data; boundary=x")).status).toBe(400);
      const numberRoot = '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n42\r\n--x--\r\n';
      expect((await call(numberRoot, "multipart/form-data; boundary=x")).status).toBe(400);
    });

    // Each of these was a 500 found by the fuzz suite: React's reply decoder threw, or Next.js refused.
    const multipart = (...parts: [string, string, string?][]) =>
      parts.map(([name, value, filename]) => `--x\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ""}\r\n\r\n${value}\r\n`).join("") + "--x--\r\n";
    test.each([
      ["a reference to a part that is not there", multipart(["0", '["$1"]'])],
      ["a part referred to before it arrives (Invalid forward reference)", multipart(["0", '["$Q1"]'], ["1", "[]"])],
      ["a promise of a missing part", multipart(["0", '[{"x":"$@2"}]'])],
      ["a file reference to a text part", multipart(["1", "[]"], ["0", '["$B1"]'])],
      ["a path that does not exist", multipart(["1", '{"a":1}'], ["0", '["$1:b:c"]'])],
      ["a second root under another name", multipart(["0", "[]"], ["", "[]"])],
      ["the root twice", multipart(["0", "[]"], ["0", "[]"])],
      ["a stream chunk for a part that is no stream", multipart(["1", "[]"], ["0", '["$1"]'], ["S1", "[]"])],
      ["a BigInt that is not a number", multipart(["0", '["$nxyz"]'])],
    ])("multipart: %s → 400", async (_, body) => {
      expect((await call(body, "multipart/form-data; boundary=x")).status).toBe(400);
    });

    test("a text body with a byte-order mark, or not in UTF-8 → 4xx", async () => {
      expect((await call(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("[]")]))).status).toBe(400);
      expect((await call(Buffer.from([0x5b, 0x22, 0x82, 0xa0, 0x22, 0x5d]))).status).toBe(400); // Shift_JIS, said to be UTF-8
      expect((await call('["x"]', "text/plain;charset=Shift_JIS")).status).toBe(415);
      expect((await call('["x"]', "Multipart/Form-Data; boundary=x")).status).toBe(415);
    });

    test.each(["http://evil.example", "null", "not a url", `${baseUrl().replace("127.0.0.1", "localhost")}`])("an action called from Origin %s → 403", async (origin) => {
      expect((await call("[]", "text/plain;charset=UTF-8", { origin })).status).toBe(403);
      expect((await call(multipart(["0", "[]"]), "multipart/form-data; boundary=x", { origin })).status).toBe(403);
      // A form posted without JavaScript from there: Next.js refuses it too, with a 500.
      const form = await raw("POST", "/en/account", { "content-type": "multipart/form-data; boundary=x", origin }, multipart(["$ACTION_ID_00", ""]));
      expect(form.status).toBe(403);
    });

    test("the same calls from this origin still reach the action", async () => {
      // A well-formed call with wrong arguments: the action answers (200) with its validation error.
      expect((await call("[{}]")).status).toBe(200);
      expect((await call(multipart(["1", "{}"], ["0", '["$1"]']), "multipart/form-data; boundary=x")).status).toBe(200);
    });

    test("a form's bound arguments that do not decode → 400", async () => {
      const body = multipart(["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"${actionId("submitReviewAction")}","bound":"$@1"}`], ["$ACTION_KEY", "k0"]);
      expect((await raw("POST", target, { "content-type": "multipart/form-data; boundary=x", origin: baseUrl() }, body)).status).toBe(400);
    });

    test("a form posted without JavaScript that does not parse → 400", async () => {
      const response = await raw("POST", "/en/account", { "content-type": "multipart/form-data; boundary=x" }, "garbage");
      expect(response.status).toBe(400);
    });
  });

  afterAll(async () => {
    await expectAppStillWorks();
  });
});

describe("security headers", () => {
  const common = (headers: http.IncomingHttpHeaders) => {
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-frame-options"]).toBe("DENY");
    // HSTS only when COOKIE_SECURE=1 (the test server runs over plain HTTP without it).
    expect(headers["strict-transport-security"]).toBeUndefined();
  };

  test("on a page, an API response and a static asset", async () => {
    const page = await raw("GET", "/en/account");
    expect(page.status).toBe(200);
    common(page.headers);
    const policy = String(page.headers["content-security-policy"]);
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

    const api = await raw("GET", "/api/export?format=json");
    expect(api.status).toBe(200);
    common(api.headers);
    expect(api.headers["content-security-policy"]).toContain("default-src 'none'");

    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const asset = await raw("GET", script!);
    expect(asset.status).toBe(200);
    common(asset.headers);
  });

  test("each page gets its own nonce", async () => {
    const nonce = (r: RawResponse) => /'nonce-([^']+)'/.exec(String(r.headers["content-security-policy"]))?.[1];
    const [a, b] = [await raw("GET", "/en"), await raw("GET", "/en")];
    expect(nonce(a)).toBeDefined();
    expect(nonce(a)).not.toBe(nonce(b));
    expect(a.body).toContain(`nonce="${nonce(a)}"`);
  });
});

describe("Content-Security-Policy in Chromium", () => {
  /** Records every CSP violation a page reports, from its first script on. */
  async function watchViolations(page: Page) {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { __cspViolations: string[] }).__cspViolations ??= [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    return async () => [...violations, ...((await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])) as string[])];
  }

  test.each(["/en", "/en/study", "/en/quiz", "/en/facts", "/en/account", "/ja/glossary", "/en/progress"])("%s loads with no violation and its scripts run", async (target) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const violations = await watchViolations(page);
    await page.goto(target);
    // The inline time-zone script (allowed by its hash) ran.
    expect((await context.cookies()).some((c) => c.name === "tz")).toBe(true);
    // React hydrated: a link navigates on the client, keeping this window's state.
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const locale = target.slice(1, 3);
    const [linkName, linkPath] = target.endsWith("/facts") ? ["Glossary", "glossary"] : [locale === "ja" ? "ファクト" : "Facts", "facts"];
    await page.getByRole("navigation").first().getByRole("link", { name: linkName, exact: true }).first().click();
    await page.waitForURL(new RegExp(`/${locale}/${linkPath}$`));
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  test("a script injected into a page does not run", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const violations = await watchViolations(page);
    await page.goto("/en/facts");
    await page.evaluate(() => {
      const script = document.createElement("div");
      script.innerHTML = '<img src="x" onerror="window.__injected = true">';
      document.body.append(script);
    });
    await page.waitForFunction(() => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).length > 0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect((await violations()).join(" ")).toMatch(/script-src/);
    await context.close();
  });

  test("the account page cannot be framed by another site", async () => {
    const other = await startOtherOrigin(`<iframe id="f" src="${baseUrl()}/en/account"></iframe>`);
    const context = await newContext(browser);
    const page = await context.newPage();
    const blocked = page.waitForEvent("console", (m) => /frame-ancestors/.test(m.text()));
    await page.goto(other.url);
    await blocked;
    // The frame holds the browser's error page, not the app's.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(await frame?.locator("#main").count().catch(() => 0)).toBe(0);
    expect(await frame?.getByText("Delete my data").count().catch(() => 0)).toBe(0);
    await context.close();
    await other.close();
  });
});

/** A page on another origin of the same site (127.0.0.1, another port), as an attacker's would be. */
async function startOtherOrigin(html: string) {
  const server = http.createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("cross-site request forgery on route handlers", () => {
  const username = `e2e.editor.${Date.now().toString(36)}`;
  const password = "a long enough password";

  async function editorPage() {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/en/account");
    const form = page.getByRole("region", { name: "Keep my progress", exact: true });
    await form.getByLabel("Username").fill(username);
    await form.getByLabel("Password", { exact: true }).fill(password);
    await form.getByLabel("Confirm password").fill(password);
    await form.getByRole("button", { name: "Create my account" }).click();
    await page.getByText(`Signed in as ${username}.`).waitFor();
    await db.user.updateMany({ where: { username }, data: { role: "editor" } });
    return { context, page };
  }

  function documentWith(factKey: string) {
    const seed = JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma/content/nids-commentary-289.json"), "utf8"));
    return { format: seed.format, facts: [{ ...seed.facts[0], key: factKey }] };
  }

  test("a text/plain form post from another port of the same site, with an editor's cookie, is refused and imports nothing", async () => {
    const { context, page } = await editorPage();
    const key = `fact.csrf.${Date.now().toString(36)}`;
    const json = JSON.stringify(documentWith(key));
    // The classic trick: a text/plain form whose one field name and value join into a JSON body.
    const [name, value] = [json.slice(0, -2), json.slice(-2)];
    const attacker = await startOtherOrigin(
      `<form id="f" method="POST" enctype="text/plain" action="${baseUrl()}/api/import"><input type="hidden" name='${name.replace(/'/g, "&#39;")}' value='${value}'></form><script>document.getElementById("f").submit()</script>`,
    );
    const answered = page.waitForResponse((r) => r.url().endsWith("/api/import"));
    await page.goto(attacker.url);
    const response = await answered;
    expect(response.status()).toBe(403);
    expect(await db.fact.count({ where: { key } })).toBe(0);

    await attacker.close();

    // A fetch from such a page (text/plain needs no preflight; the cookie goes along) imports nothing.
    const blank = await startOtherOrigin("<p>elsewhere</p>");
    await page.goto(blank.url);
    // fetch settles once the server has answered (the browser then hides the answer from the page).
    await page.evaluate(
      async ([url, body]) => {
        await fetch(url, { method: "POST", body, credentials: "include", headers: { "content-type": "text/plain" } }).catch(() => undefined);
      },
      [`${baseUrl()}/api/import`, json] as const,
    );
    expect(await db.fact.count({ where: { key } })).toBe(0);
    await blank.close();

    // Same origin but the wrong content type is refused as well.
    const sameOrigin = await page.context().request.post(`${baseUrl()}/api/import`, { data: json, headers: { "content-type": "text/plain", origin: baseUrl() } });
    expect(sameOrigin.status()).toBe(415);
    expect(await db.fact.count({ where: { key } })).toBe(0);
    await context.close();
  });

  test("the import page still imports for an editor", async () => {
    const { context, page } = await editorPage().catch(async () => {
      // The account exists from the previous test: sign in instead.
      const ctx = await newContext(browser);
      const p = await ctx.newPage();
      await p.goto("/en/account");
      const form = p.getByRole("region", { name: "Sign in", exact: true });
      await form.getByLabel("Username").fill(username);
      await form.getByLabel("Password", { exact: true }).fill(password);
      await form.getByRole("button", { name: "Sign in" }).click();
      await p.getByText(`Signed in as ${username}.`).waitFor();
      return { context: ctx, page: p };
    });
    const key = `fact.import-page.${Date.now().toString(36)}`;
    await page.goto("/en/edit/import");
    await page.getByLabel("JSON file").setInputFiles({ name: "facts.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(documentWith(key))) });
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByText(/Imported 1 fact/).waitFor();
    expect(await db.fact.count({ where: { key } })).toBe(1);
    await context.close();
  });
});

describe("client address", () => {
  test("a client's own X-Forwarded-For does not reach the app (TRUSTED_PROXIES=0)", async () => {
    // A failed sign-in counts against the client's address. An invented header entry must not count
    // as the address (which would let a client start a fresh count with every request).
    const keys = async () => (await db.rateLimit.findMany({ where: { key: { startsWith: "sign-in:client:" } } })).map((r) => `${r.key}=${r.points}`);
    const context = await newContext(browser, { extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77", "x-real-ip": "203.0.113.78" } });
    const page = await context.newPage();
    await page.goto("/en/account");
    const form = page.getByRole("region", { name: "Sign in", exact: true });
    await form.getByLabel("Username").fill("nobody.here");
    await form.getByLabel("Password", { exact: true }).fill("wrong password!");
    await form.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Wrong username or password.").waitFor();
    const after = await keys();
    expect(after.join(" ")).not.toMatch(/203\.0\.113\.7/);
    expect(after.some((k) => /^sign-in:client:(::ffff:)?127\.0\.0\.1=[1-9]/.test(k))).toBe(true);
    await context.close();
  });
});

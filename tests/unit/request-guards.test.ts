import {
  ACTION_BODY_LIMIT,
  checkActionOrigin,
  checkActionText,
  checkApiRequest,
  checkMethod,
  checkMultipartForm,
  checkPagePost,
  checkPathEncoding,
  jsonDepth,
  pageBodyKind,
  pathKind,
  readActionText,
} from "@/app/_proxy/request-guards";
import { replyProblem } from "@/app/_proxy/action-reply";

const status = (refusal: { status: number } | null) => refusal?.status ?? "ok";

test("paths with broken percent-encoding are refused, good ones pass", () => {
  for (const path of ["/en/%ff", "/en/facts/%E0%A4%A", "/api/%ff", "/_next/static/%ff", "/%"]) expect(status(checkPathEncoding(path))).toBe(400);
  for (const path of ["/en", "/ja/facts/fact.x", "/en/facts/%E3%81%82", "/api/export"]) expect(status(checkPathEncoding(path))).toBe("ok");
});

test("path kinds and their methods", () => {
  expect(pathKind("/api/import")).toBe("api");
  expect(pathKind("/_next/static/chunks/a.js")).toBe("asset");
  expect(pathKind("/favicon.ico")).toBe("asset");
  expect(pathKind("/en/facts/fact.x")).toBe("page");
  expect(pathKind("/ja/facts/fact.admm-plus.2010")).toBe("page");
  expect(pathKind("/en/facts")).toBe("page");
  expect(status(checkMethod("page", "TRACE"))).toBe(405);
  expect(status(checkMethod("page", "PUT"))).toBe(405);
  expect(status(checkMethod("asset", "POST"))).toBe(405);
  expect(checkMethod("page", "DELETE")?.allow).toBe("GET, HEAD, POST");
  for (const m of ["GET", "HEAD", "POST"]) expect(status(checkMethod("page", m))).toBe("ok");
  for (const m of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) expect(status(checkMethod("api", m))).toBe("ok");
});

describe("state-changing API requests (CSRF)", () => {
  const h = (headers: Record<string, string>) => new Headers({ host: "app.example:3000", "content-length": "10", cookie: "session=x", ...headers });
  test("same origin with JSON or multipart passes", () => {
    expect(status(checkApiRequest("POST", h({ "sec-fetch-site": "same-origin", origin: "http://app.example:3000", "content-type": "application/json" })))).toBe("ok");
    expect(status(checkApiRequest("POST", h({ origin: "http://app.example:3000", "content-type": "multipart/form-data; boundary=x" })))).toBe("ok");
    expect(status(checkApiRequest("POST", h({ "content-type": "application/json; charset=utf-8" })))).toBe("ok");
  });
  test("another origin, another port or another site is refused", () => {
    for (const site of ["same-site", "cross-site"]) expect(status(checkApiRequest("POST", h({ "sec-fetch-site": site, "content-type": "application/json" })))).toBe(403);
    for (const origin of ["http://app.example:4000", "http://evil.example", "null", "garbage"])
      expect(status(checkApiRequest("DELETE", h({ origin, "content-type": "application/json" })))).toBe(403);
  });
  test("form encodings and text are refused even from the same origin", () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", ""])
      expect(status(checkApiRequest("PUT", h({ "sec-fetch-site": "same-origin", "content-type": type })))).toBe(415);
  });
  test("without cookies (acting as nobody) the route itself answers, e.g. 401", () => {
    const noCookie = new Headers({ host: "app.example:3000", "content-length": "10", "content-type": "text/plain" });
    expect(status(checkApiRequest("POST", noCookie))).toBe("ok");
    noCookie.set("origin", "http://evil.example");
    expect(status(checkApiRequest("POST", noCookie))).toBe(403);
  });

  test("reads are never refused", () => {
    expect(status(checkApiRequest("GET", h({ "sec-fetch-site": "cross-site" })))).toBe("ok");
  });
});

describe("POSTs to pages (server actions)", () => {
  const h = (headers: Record<string, string>) => new Headers(headers);
  test("size, length and content type from the headers", () => {
    expect(status(checkPagePost(h({ "content-length": String(ACTION_BODY_LIMIT + 1) })))).toBe(413);
    expect(status(checkPagePost(h({ "transfer-encoding": "chunked" })))).toBe(411);
    expect(status(checkPagePost(h({ "content-length": "2", "next-action": "x", "content-type": "application/json" })))).toBe(415);
    expect(status(checkPagePost(h({ "content-length": "2", "next-action": "x", "content-type": "text/plain;charset=UTF-8" })))).toBe("ok");
    expect(status(checkPagePost(h({ "content-length": "2", "content-type": "application/x-www-form-urlencoded" })))).toBe("ok");
    // Next.js decodes text as UTF-8 whatever the charset; it takes multipart only by the exact prefix.
    expect(status(checkPagePost(h({ "content-length": "2", "next-action": "x", "content-type": "text/plain;charset=Shift_JIS" })))).toBe(415);
    expect(status(checkPagePost(h({ "content-length": "2", "next-action": "x", "content-type": "text/plain; charset=utf-8" })))).toBe("ok");
    expect(status(checkPagePost(h({ "content-length": "2", "next-action": "x", "content-type": "Multipart/Form-Data; boundary=x" })))).toBe(415);
    expect(status(checkPagePost(h({ "content-length": "2", "next-action": "x", "content-type": "multipart/form-data; boundary=x" })))).toBe("ok");
  });
  test("an action call's Origin must be this host (Next.js answers a foreign one with 500)", () => {
    const h = (headers: Record<string, string>) => new Headers({ host: "app.example:3000", ...headers });
    expect(status(checkActionOrigin(h({})))).toBe("ok");
    expect(status(checkActionOrigin(h({ origin: "http://app.example:3000" })))).toBe("ok");
    expect(status(checkActionOrigin(h({ origin: "https://public.example", "x-forwarded-host": "public.example, inner" })))).toBe("ok");
    for (const origin of ["http://evil.example", "http://app.example:4000", "null", "garbage", ""])
      expect(`${origin}: ${status(checkActionOrigin(h({ origin })))}`).toBe(`${origin}: 403`);
    expect(status(checkActionOrigin(h({ origin: "http://app.example:3000", "x-forwarded-host": "other.example" })))).toBe(403);
    // And checkPagePost applies it to every POST to a page.
    expect(status(checkPagePost(h({ "content-length": "2", origin: "http://evil.example", "content-type": "multipart/form-data; boundary=x" })))).toBe(403);
    expect(status(checkPagePost(h({ "content-length": "2", origin: "http://evil.example", "next-action": "x", "content-type": "text/plain" })))).toBe(403);
  });
  test("which bodies are read", () => {
    expect(pageBodyKind(h({ "next-action": "x", "content-type": "text/plain;charset=UTF-8" }))).toBe("actionText");
    expect(pageBodyKind(h({ "content-type": "multipart/form-data; boundary=x" }))).toBe("multipart");
    expect(pageBodyKind(h({ "content-type": "text/plain" }))).toBeNull();
    expect(pageBodyKind(h({ "content-type": "Multipart/Form-Data; boundary=x" }))).toBeNull();
  });
  test("action text: a JSON array of arguments as React writes it", () => {
    for (const ok of ['["hello",1,{"a":[true,null]}]', "[]", '["$$escaped","$D2020-01-01T00:00:00.000Z","$undefined","$T"]'])
      expect(status(checkActionText(ok))).toBe("ok");
    // Keys are never decoded, only values; "$0:0" is how React writes the same object passed twice.
    for (const ok of ['[{"$K2":1}]', '[{"a":1},"$0:0"]', '["$K1"]', '["$n-12"]'])
      expect(status(checkActionText(ok))).toBe("ok");
    for (const bad of ["{bad", "42", '"x"', "{}", '["$1"]', '["$@a"]', "[".repeat(40) + "]".repeat(40)])
      expect(status(checkActionText(bad))).toBe(400);
  });
  test("action text: references the decoder cannot resolve, and a byte-order mark", () => {
    for (const bad of [
      "\ufeff[]", // a BOM: the decoder's JSON.parse fails on it
      '["$0:5"]', // a path that is not there ("Invalid reference")
      '[{"a":1},"$0:0:b"]',
      '["$Q0"]', // a Map built from the root that holds it
      '["$nabc"]', // BigInt("abc") throws
      "[\"$n" + "1".repeat(301) + '"]',
      '["$zz"]', // not a part number
      '["$"]',
      '[{"a:b":"$T"}]', // a temporary reference with no path
      '["$h1"]', // server functions as arguments: never sent by this app
      '["$R1"]',
      '["$o1"]',
      '["$B1"]',
    ])
      expect(`${bad}: ${status(checkActionText(bad))}`).toBe(`${bad}: 400`);
    expect(status(checkActionText('["$T"]'))).toBe("ok");
  });
  test("action text is read as UTF-8 exactly", async () => {
    const stream = (bytes: number[] | string) => new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)]).stream();
    expect(await readActionText(stream('["あ"]'), 100)).toBe('["あ"]');
    expect(await readActionText(stream([0xef, 0xbb, 0xbf, 0x5b, 0x5d]), 100)).toBe("\ufeff[]"); // the BOM is kept (and refused)
    expect(await readActionText(stream([0x5b, 0x22, 0x82, 0xa0, 0x22, 0x5d]), 100)).toBe("notUtf8"); // Shift_JIS あ
    expect(await readActionText(stream("x".repeat(101)), 100)).toBe("tooLarge");
  });
  test("multipart: must parse, and an action's part 0 must be the argument array", () => {
    const form = (entries: Record<string, string>) => {
      const f = new FormData();
      for (const [k, v] of Object.entries(entries)) f.set(k, v);
      return f;
    };
    expect(status(checkMultipartForm(null, false))).toBe(400);
    expect(status(checkMultipartForm(form({ a: "b" }), false))).toBe("ok");
    expect(status(checkMultipartForm(form({ _1_username: "x", "0": '["$K1"]' }), true))).toBe("ok");
    expect(status(checkMultipartForm(form({ _1_username: "x" }), true))).toBe(400);
    expect(status(checkMultipartForm(form({ "0": "42" }), true))).toBe(400);
  });
  test("multipart action: every referenced part exists, is of its kind and comes first", () => {
    const entries = (...pairs: [string, string | Blob][]) => pairs.map(([k, v]) => [k, v instanceof Blob ? new File([v], "blob") : v] as [string, FormDataEntryValue]);
    const problem = (...pairs: [string, string | Blob][]) => replyProblem(entries(...pairs), { prefix: "", streaming: true, temporaryReferences: true, root: "array" });
    // As React writes them: referenced parts before the root.
    expect(problem(["1", '{"a":[1,2]}'], ["0", '["$1","$1:a:0"]'])).toBeNull();
    expect(problem(["1", '[["k","v"]]'], ["2", '["x"]'], ["0", '["$Q1","$W2"]'])).toBeNull();
    expect(problem(["1", new Blob(["data"])], ["0", '["$B1"]'])).toBeNull();
    expect(problem(["0", '["$@1"]'], ["1", '{"late":true}'])).toBeNull(); // a promise may resolve later
    expect(problem(["_1_name", "x"], ["_1_name", "y"], ["0", '[{},"$K1"]'])).toBeNull();
    // What made the decoder throw (Next.js answered 500).
    expect(problem(["0", '["$1"]'])).toMatch(/missing part 1/);
    expect(problem(["0", '["$1"]'], ["1", "{}"])).toMatch(/forward reference/); // "Invalid forward reference"
    expect(problem(["0", '["$@1"]'])).toMatch(/missing part/);
    expect(problem(["1", "{bad"], ["0", '["$1"]'])).toMatch(/not JSON/);
    expect(problem(["1", '{"a":1}'], ["0", '["$1:b"]'])).toMatch(/path/);
    expect(problem(["1", '"str"'], ["0", '["$Q1"]'])).toMatch(/array/);
    expect(problem(["1", "[1]"], ["0", '["$Q1"]'])).toMatch(/Map entry/);
    expect(problem(["1", "[]"], ["0", '["$W1","$W1"]'])).toMatch(/twice/); // "Already initialized Set"
    expect(problem(["1", "[]"], ["0", '["$B1"]'])).toMatch(/missing file/);
    expect(problem(["1", new Blob(["x"])], ["0", '["$1"]'])).toMatch(/a file/);
    expect(problem(["0", '["$B1"]'], ["1", new Blob(["x"])])).toMatch(/forward reference/);
    expect(problem(["0", "[]"], ["", "[]"])).toMatch(/not React's/); // "" reads as part 0: a second root
    expect(problem(["0", "[]"], ["0", "[]"])).toMatch(/twice/);
    expect(problem(["S1", "x"], ["0", "[]"])).toMatch(/not React's/);
    expect(problem(["1", '"' + "x".repeat(600_000) + '"'], ["0", '["$1","$1"]'])).toMatch(/slots/); // "Maximum array nesting exceeded"
    expect(problem(["0", "[1]"], ["file", new Blob(["x"])])).toMatch(/not React's/);
  });
  test("a form posted without JavaScript: bound arguments must decode", () => {
    const form = (pairs: [string, string][]) => {
      const f = new FormData();
      for (const [k, v] of pairs) f.append(k, v);
      return f;
    };
    const ref = (meta: string, extra: [string, string][] = []) => form([["$ACTION_REF_1", ""], ["$ACTION_1:0", meta], ...extra, ["$ACTION_KEY", "k0"], ["name", "x"]]);
    expect(status(checkMultipartForm(form([["$ACTION_ID_abc", ""], ["name", "x"]]), false))).toBe("ok");
    expect(status(checkMultipartForm(ref('{"id":"abc","bound":null}'), false))).toBe("ok");
    expect(status(checkMultipartForm(ref('{"id":"abc","bound":"$@1"}', [["$ACTION_1:1", '[{"a":1}]']]), false))).toBe("ok");
    expect(status(checkMultipartForm(ref('{"id":"abc","bound":"$@1"}'), false))).toBe(400); // bound arguments missing
    expect(status(checkMultipartForm(ref('{"id":"abc","bound":"$@1"}', [["$ACTION_1:1", "{bad"]]), false))).toBe(400);
    expect(status(checkMultipartForm(ref('{"id":"abc", garbage'), false))).toBe(400);
    expect(status(checkMultipartForm(ref('{"id":"abc","bound":"$@1"}', [["$ACTION_1:1", '"$T"']]), false))).toBe(400);
  });
  test("depth is counted without parsing, ignoring brackets inside strings", () => {
    expect(jsonDepth('[["[[[["]]')).toBe(2);
    expect(jsonDepth('["\\"[["]')).toBe(1);
    expect(jsonDepth("[".repeat(1_000_000))).toBe(1_000_000);
  });
});

test("checking a reply stays fast when a body repeats one reference to a large part", () => {
  const big = JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])));
  const root = JSON.stringify(Array.from({ length: 50_000 }, () => "$1"));
  const started = Date.now();
  expect(replyProblem([["1", big], ["0", root]], { prefix: "", streaming: true, temporaryReferences: true, root: "array" })).toBeNull();
  // Without the memo this walks the large part once per reference: about a billion steps.
  expect(Date.now() - started).toBeLessThan(10_000);
});

import {
  ACTION_BODY_LIMIT,
  checkActionText,
  checkApiRequest,
  checkMethod,
  checkMultipartForm,
  checkPagePost,
  checkPathEncoding,
  jsonDepth,
  pageBodyKind,
  pathKind,
} from "@/app/_proxy/request-guards";

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
  });
  test("which bodies are read", () => {
    expect(pageBodyKind(h({ "next-action": "x", "content-type": "text/plain;charset=UTF-8" }))).toBe("actionText");
    expect(pageBodyKind(h({ "content-type": "multipart/form-data; boundary=x" }))).toBe("multipart");
    expect(pageBodyKind(h({ "content-type": "text/plain" }))).toBeNull();
  });
  test("action text: a JSON array of arguments as React writes it", () => {
    for (const ok of ['["hello",1,{"a":[true,null]}]', "[]", '["$$escaped","$D2020-01-01T00:00:00.000Z","$undefined","$T"]'])
      expect(status(checkActionText(ok))).toBe("ok");
    for (const bad of ["{bad", "42", '"x"', "{}", '["$1"]', '[{"$K2":1}]', '["$@a"]', "[".repeat(40) + "]".repeat(40)])
      expect(status(checkActionText(bad))).toBe(400);
  });
  test("multipart: must parse, and an action's part 0 must be the argument array", () => {
    const form = (entries: Record<string, string>) => {
      const f = new FormData();
      for (const [k, v] of Object.entries(entries)) f.set(k, v);
      return f;
    };
    expect(status(checkMultipartForm(null, false))).toBe(400);
    expect(status(checkMultipartForm(form({ a: "b" }), false))).toBe("ok");
    expect(status(checkMultipartForm(form({ "0": '["$K1"]', "1_username": "x" }), true))).toBe("ok");
    expect(status(checkMultipartForm(form({ "1_username": "x" }), true))).toBe(400);
    expect(status(checkMultipartForm(form({ "0": "42" }), true))).toBe(400);
  });
  test("depth is counted without parsing, ignoring brackets inside strings", () => {
    expect(jsonDepth('[["[[[["]]')).toBe(2);
    expect(jsonDepth('["\\"[["]')).toBe(1);
    expect(jsonDepth("[".repeat(1_000_000))).toBe(1_000_000);
  });
});

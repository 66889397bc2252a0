// Fuzzing: generated requests (fast-check) to every route handler and every server action of the
// build, with random methods, content types, bodies (JSON of any shape, React's action-argument
// arrays, multipart forms, raw bytes, invalid UTF-8, huge and deeply nested), query strings and broken
// percent-encoding, sent to the app as `npm start` serves it. Any 5xx or any request without an answer
// within the time limit fails the test; the status counts are printed.
//
// FUZZ_REQUESTS (default 10,000) sets the number of requests; FUZZ_SEED replays a run (the seed is
// printed). Part of `npm test`. Its first runs found 500s the proxy now answers with 4xx (multipart
// action bodies whose React references point at missing parts, actions posted with a foreign Origin,
// text bodies with a byte-order mark); security.test.ts keeps one case of each.
// The app is a server of its own (same build, throwaway database), so the other e2e files' row counts
// and rate limits are not disturbed by the flood.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { startApp, type AppServer } from "../bench/support/app-server";

const root = path.resolve(__dirname, "../..");
const REQUESTS = Number(process.env.FUZZ_REQUESTS || 10_000);
const SEED = Number(process.env.FUZZ_SEED || Date.now() % 2 ** 31);
const CONCURRENCY = 6;
const HANG_MS = 60_000;

type Target = { kind: "action"; id: string; page: string; name: string } | { kind: "route"; path: string };

/** Every server action of the build, with a page it is bound to. */
function actionsOfBuild(): Target[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    kind: "action" as const,
    id,
    name: entry.exportedName ?? id,
    page: concretePath(Object.keys(entry.workers)[0].replace(/^app/, "").replace(/\/page$/, "")) || "/",
  }));
}

/** Every route handler of the build (`app/**\/route.ts`). */
function routesOfBuild(): Target[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((p) => p.endsWith("/route"))
    .map((p) => ({ kind: "route" as const, path: concretePath(p.replace(/\/route$/, "")) }));
}

const concretePath = (pattern: string) => pattern.replace("[locale]", "en").replace(/\[\.{0,3}[^\]]+\]/g, "x");

// ---------------------------------------------------------------- generators

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
/** fetch refuses these itself (CONNECT, TRACE, TRACK); the security suite sends them raw. */
const FETCH_FORBIDDEN = new Set(["CONNECT", "TRACE", "TRACK"]);
const method = fc.oneof(
  { weight: 6, arbitrary: fc.constant("POST") },
  { weight: 3, arbitrary: fc.constantFrom(...METHODS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{1,12}$/).filter((m) => !FETCH_FORBIDDEN.has(m)) },
);

const CONTENT_TYPES = [
  "text/plain;charset=UTF-8",
  "application/json",
  "multipart/form-data",
  "application/x-www-form-urlencoded",
  "text/x-component",
  "application/octet-stream",
  "text/plain;charset=Shift_JIS",
];
const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** Strings React's reply format treats specially, mixed into generated JSON. */
const replyToken = fc.constantFrom("$K1", "$@1", "$Q1", "$T", "$D2020-01-01", "$n12", "$undefined", "$$", "$F1", "$1", "$S", "$h1", "$@0", "$-0", "$Infinity");
const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    replyToken,
    fc.string({ unit: "grapheme", maxLength: 300 }),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie("value"), { maxKeys: 5 }),
  ),
})).value;

const deepNesting = fc.integer({ min: 20, max: 5_000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth));

/** Bodies as text. */
const textBody = fc.oneof(
  { weight: 5, arbitrary: fc.array(anyJson, { maxLength: 4 }).map((args) => JSON.stringify(args)) }, // an argument array
  { weight: 3, arbitrary: anyJson.map((v) => JSON.stringify(v) ?? "null") },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 500 }) },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: fc.constantFrom("", "[", "]", "{", "[1,", '"', "null", "[]", "[{}]", "5", "true", "\u0000", "\ufeff[]") },
  { weight: 1, arbitrary: fc.integer({ min: 900_000, max: 1_200_000 }).map((n) => JSON.stringify(["x".repeat(n)])) },
);
/** Bodies as bytes: random, and UTF-8 with a broken sequence. */
const byteBody = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }),
  fc.string({ maxLength: 100 }).map((s) => Buffer.concat([Buffer.from(s), Buffer.from([0xff, 0xfe, 0xe0, 0xa4])])),
);
/** Multipart forms: React's encoding (`0` = the argument array, `_1_<field>` fields) or plain fields. */
const formBody = fc
  .record({
    args: fc.option(fc.array(fc.oneof(replyToken, anyJson), { maxLength: 3 }).map((a) => JSON.stringify(a))),
    fields: fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 16 }), fc.string({ maxLength: 12 }).map((s) => `_1_${s}`), fc.constant("$ACTION_KEY")), fc.string({ maxLength: 200 })), {
      maxLength: 6,
    }),
    file: fc.option(fc.uint8Array({ maxLength: 500 })),
  })
  .map(({ args, fields, file }) => {
    const form = new FormData();
    if (args !== null) form.append("0", args);
    for (const [name, value] of fields) form.append(name, value);
    if (file) form.append("file", new Blob([Buffer.from(file)]), "f.json");
    return form;
  });
const body = fc.oneof({ weight: 6, arbitrary: textBody }, { weight: 2, arbitrary: byteBody }, { weight: 2, arbitrary: formBody });

/** Query strings, including broken percent-encoding and overlong values. */
const query = fc.oneof(
  { weight: 4, arbitrary: fc.constant("") },
  { weight: 3, arbitrary: fc.dictionary(fc.constantFrom("format", "deck", "q", "locale", "x"), fc.string({ maxLength: 60 })).map((d) => "?" + new URLSearchParams(d)) },
  { weight: 1, arbitrary: fc.constantFrom("?format=%ff", "?deck=%E0%A4%A", "?%", "?format=json&format=csv", "?deck=" + "a".repeat(5000)) },
);

const request = (targets: Target[]) =>
  fc.record({
    target: fc.constantFrom(...targets),
    method,
    contentType,
    body,
    query,
    withActionHeader: fc.boolean(),
    origin: fc.constantFrom("self", "none", "http://evil.example"),
  });
type Generated = ReturnType<typeof request> extends fc.Arbitrary<infer R> ? R : never;

// ---------------------------------------------------------------- sending

function describeRequest(r: Generated): string {
  const where = r.target.kind === "action" ? `action ${r.target.name} at ${r.target.page}` : `route ${r.target.path}`;
  const shown = typeof r.body === "string" ? JSON.stringify(r.body.slice(0, 200)) : r.body instanceof FormData ? "multipart form" : `${r.body.length} bytes`;
  return `${r.method} ${where}${r.query.slice(0, 80)} content-type=${r.contentType} body=${shown}`;
}

/**
 * The status, "hang", or "closed": Node's HTTP parser answers a method it does not know (and some
 * malformed requests) with a bare 400 and closes the connection, which fetch reports as a failure
 * while it is still sending the body. That is a refusal, not a crash; the caller checks the server is
 * still up after each one.
 */
async function send(app: AppServer, r: Generated): Promise<number | "hang" | "closed"> {
  const url = app.baseUrl + (r.target.kind === "action" ? r.target.page : r.target.path) + r.query;
  const headers: Record<string, string> = {};
  if (r.target.kind === "action" && r.withActionHeader) {
    headers["Next-Action"] = r.target.id;
    headers.Accept = "text/x-component";
  }
  if (r.origin === "self") headers.Origin = app.baseUrl;
  else if (r.origin !== "none") headers.Origin = r.origin;
  const hasBody = r.method !== "GET" && r.method !== "HEAD";
  let payload: BodyInit | undefined;
  if (hasBody) {
    payload = r.body instanceof Uint8Array ? Buffer.from(r.body) : r.body;
    // A FormData body sets its own multipart boundary; any other content type is ours to choose.
    if (!(r.body instanceof FormData) && r.contentType !== undefined) headers["Content-Type"] = r.contentType;
  }
  try {
    const response = await fetch(url, { method: r.method, headers, body: payload, redirect: "manual", signal: AbortSignal.timeout(HANG_MS) });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    if ((error as Error).name === "TimeoutError") return "hang";
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    if (cause === "ECONNRESET" || cause === "UND_ERR_SOCKET" || cause === "EPIPE") return "closed";
    throw new Error(`${describeRequest(r)}: ${(error as Error).message} (${cause})`);
  }
}

let app: AppServer;
beforeAll(async () => {
  app = await startApp();
}, 600_000);
afterAll(async () => {
  await app?.stop();
});

test(`${REQUESTS} generated requests to every action and route handler: no 5xx, no hang`, async () => {
  const actions = actionsOfBuild();
  const routes = routesOfBuild();
  expect(actions.length).toBeGreaterThan(5);
  expect(routes.map((r) => (r.kind === "route" ? r.path : ""))).toEqual(expect.arrayContaining(["/api/import", "/api/export", "/api/account/export"]));
  const targets = [...actions, ...routes];
  // Every target gets its share: the samples cycle through the targets, the rest is generated.
  const samples = fc.sample(request(targets), { numRuns: REQUESTS, seed: SEED });
  samples.forEach((s, i) => (s.target = targets[i % targets.length]));

  const counts = new Map<string, number>();
  const failures: string[] = [];
  let next = 0;
  const started = Date.now();
  async function worker() {
    while (next < samples.length) {
      const r = samples[next++];
      const status = await send(app, r);
      counts.set(String(status), (counts.get(String(status)) ?? 0) + 1);
      if (status === "hang" || (typeof status === "number" && status >= 500)) failures.push(`${status}: ${describeRequest(r)}`);
      if (status === "closed") {
        const alive = await fetch(`${app.baseUrl}/en`, { signal: AbortSignal.timeout(HANG_MS) }).then((res) => res.status, () => 0);
        if (alive !== 200) failures.push(`the server stopped answering (${alive}) after: ${describeRequest(r)}`);
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  const summary = [...counts.entries()].sort().map(([status, n]) => `${status}: ${n}`).join(", ");
  console.log(`fuzz (seed ${SEED}): ${samples.length} requests to ${actions.length} actions and ${routes.length} routes in ${Math.round((Date.now() - started) / 1000)} s; statuses ${summary}`);
  expect(failures.slice(0, 20)).toEqual([]);
  // And the app still serves a page afterwards.
  expect((await fetch(`${app.baseUrl}/en`)).status).toBe(200);
}, 1_800_000);

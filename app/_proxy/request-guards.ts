// Cheap checks that turn malformed or cross-site requests into a 4xx before Next.js or a route sees
// them. Each returns the refusal (status and a code) or null when the request may go on.
import { readBodyWithLimit } from "../_data/http/read-body-with-limit";
import { replyProblem } from "./action-reply";

export type Refusal = { status: 400 | 403 | 405 | 411 | 413 | 415; code: string; allow?: string };

/** Next.js's own limit for server-action bodies (serverActions.bodySizeLimit, default 1 MB). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** Arguments of this app's actions are a few levels deep; anything deeper is not from React. */
export const ACTION_MAX_DEPTH = 32;

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Broken percent-encoding (`/%ff`, `/%E0%A4%A`) makes Next.js answer 500 further on. */
export function checkPathEncoding(rawPathname: string): Refusal | null {
  try {
    decodeURIComponent(rawPathname);
    return null;
  } catch {
    return { status: 400, code: "badPathEncoding" };
  }
}

export type PathKind = "api" | "asset" | "page";

export function pathKind(pathname: string): PathKind {
  if (pathname === "/api" || pathname.startsWith("/api/")) return "api";
  // Next.js's files, and files at the root (favicon.ico, robots.txt). Not /en/facts/fact.x: fact keys
  // have dots.
  if (pathname.startsWith("/_next/") || /^\/[^/]+\.[A-Za-z0-9]+$/.test(pathname)) return "asset";
  return "page";
}

const ALLOWED_METHODS: Record<PathKind, string[]> = {
  // Route handlers answer 405 themselves for a method they do not export.
  api: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
  asset: ["GET", "HEAD"],
  // POST carries server actions (with JavaScript, and forms posted without it).
  page: ["GET", "HEAD", "POST"],
};

/** TRACE and methods no route here supports. */
export function checkMethod(kind: PathKind, method: string): Refusal | null {
  const allowed = ALLOWED_METHODS[kind];
  return allowed.includes(method) ? null : { status: 405, code: "methodNotAllowed", allow: allowed.join(", ") };
}

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * Cross-site request forgery on route handlers: a state-changing request must come from a page of this
 * origin (a browser says so in Sec-Fetch-Site, or at least in Origin) and carry JSON or a multipart
 * upload, which a cross-origin page cannot send without a CORS preflight (multipart is checked by
 * origin alone). Requests with neither header come from non-browser clients, which CSRF does not concern.
 * The content type is required of requests that carry cookies.
 */
export function checkApiRequest(method: string, headers: Headers): Refusal | null {
  if (!STATE_CHANGING.has(method)) return null;
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return { status: 403, code: "crossSiteRequest" };
  const origin = headers.get("origin");
  if (origin) {
    const host = headers.get("x-forwarded-host") ?? headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      // "null" (sandboxed frames, file: pages) or garbage: not this origin.
    }
    if (!host || originHost !== host) return { status: 403, code: "crossSiteRequest" };
  }
  // Forgery needs the victim's cookies; a request without any acts as nobody and gets the route's own 401.
  if (!headers.has("cookie")) return null;
  const type = mediaType(headers.get("content-type"));
  const hasBody = Number(headers.get("content-length") ?? 0) > 0 || headers.has("transfer-encoding");
  if (hasBody && type !== "application/json" && type !== "multipart/form-data")
    return { status: 415, code: "unsupportedMediaType" };
  return null;
}

/** Next.js takes a POST for a multipart action exactly when its content type starts so (case and all). */
function isMultipart(headers: Headers): boolean {
  return (headers.get("content-type") ?? "").startsWith("multipart/form-data");
}

/** What can be told from the headers alone about a POST to a page (a server action or a form post). */
export function checkPagePost(headers: Headers): Refusal | null {
  // Browsers always state the length of a form post or an action call; without it the size is unknown.
  if (!headers.has("content-length") && headers.has("transfer-encoding")) return { status: 411, code: "lengthRequired" };
  const length = Number(headers.get("content-length") ?? 0);
  if (!Number.isSafeInteger(length) || length < 0) return { status: 400, code: "badContentLength" };
  if (length > ACTION_BODY_LIMIT) return { status: 413, code: "bodyTooLarge" };
  const originRefusal = checkActionOrigin(headers);
  if (originRefusal) return originRefusal;
  if (!headers.has("next-action")) return null;
  // React sends an action's arguments as UTF-8 text (a JSON array) or, when they hold files or form
  // data, as multipart/form-data; nothing else. Next.js decodes any other text as UTF-8 whatever the
  // charset says, so another charset cannot be what the client meant.
  if (isMultipart(headers)) return null;
  const contentType = headers.get("content-type");
  if (mediaType(contentType) !== "text/plain") return { status: 415, code: "unsupportedMediaType" };
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType ?? "")?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") return { status: 415, code: "unsupportedMediaType" };
  return null;
}

/**
 * Cross-site request forgery on server actions. Next.js compares the Origin of an action call (a POST
 * with a Next-Action header, or any multipart POST to a page, which may be a form's action) with the
 * first X-Forwarded-Host, or Host, and refuses a mismatch, a "null" origin or one that is not a URL
 * with a 500. The same comparison here answers 403 first; for every page POST, since pages take POSTs
 * only for actions. No Origin: not a browser (Next.js lets it through as well).
 */
export function checkActionOrigin(headers: Headers): Refusal | null {
  const origin = headers.get("origin");
  if (origin === null) return null;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" (sandboxed frames, file: pages) or garbage
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!originHost || !host || originHost !== host) return { status: 403, code: "crossSiteRequest" };
  return null;
}

/** How the proxy must look at a page POST's body: as action text, as multipart form data, or not at all. */
export function pageBodyKind(headers: Headers): "actionText" | "multipart" | null {
  if (isMultipart(headers)) return "multipart";
  if (mediaType(headers.get("content-type")) === "text/plain" && headers.has("next-action")) return "actionText";
  return null;
}

/** Nesting depth of JSON text, counted without parsing (so a million brackets cannot exhaust the stack). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) max = Math.max(max, ++depth);
    else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return max;
}

/**
 * A text action body is the JSON array of the action's arguments, as React's encodeReply writes it
 * when no argument needs a part of its own: the reply's root with no other parts, so references to
 * parts ("$1", "$K1" is fine, "$@1"…) point at nothing. A byte-order mark is not JSON (the decoder
 * would fail on it).
 */
export function checkActionText(text: string): Refusal | null {
  if (text.length > ACTION_BODY_LIMIT || jsonDepth(text) > ACTION_MAX_DEPTH) return { status: 400, code: "badActionBody" };
  const problem = replyProblem([["0", text]], { prefix: "", streaming: false, temporaryReferences: true, root: "array" });
  return problem ? { status: 400, code: "badActionBody" } : null;
}

/**
 * A multipart page POST must parse as form data (Next.js answers 500 when it does not). An action
 * call's parts must be a reply React's decoder can decode (see action-reply.ts). A form posted
 * without JavaScript names its action in "$ACTION_ID_<id>" (nothing to decode) or "$ACTION_REF_<n>",
 * whose bound arguments are a reply of their own under the prefix "$ACTION_<n>:".
 */
export function checkMultipartForm(form: FormData | null, isAction: boolean): Refusal | null {
  if (!form) return { status: 400, code: "badFormData" };
  const entries = [...form.entries()];
  if (isAction) {
    const problem = replyProblem(entries, { prefix: "", streaming: true, temporaryReferences: true, root: "array" });
    return problem ? { status: 400, code: "badActionBody" } : null;
  }
  for (const [key] of entries) {
    if (!key.startsWith("$ACTION_REF_")) continue;
    const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
    if (boundActionProblem(entries, prefix)) return { status: 400, code: "badActionBody" };
  }
  return null;
}

/** A form's bound action: `{"id":"…","bound":null}` or `{"id":"…","bound":"$@1"}` with part 1 an array. */
function boundActionProblem(entries: [string, FormDataEntryValue][], prefix: string): string | null {
  const problem = replyProblem(entries, { prefix, streaming: false, temporaryReferences: false, root: "object" });
  if (problem) return problem;
  const root = JSON.parse(String(entries.findLast(([k]) => k === `${prefix}0`)![1])) as { id?: unknown; bound?: unknown };
  if (typeof root.id !== "string") return "no action id";
  if (root.bound === null || root.bound === undefined) return null;
  if (typeof root.bound !== "string" || !/^\$@[0-9a-f]+$/.test(root.bound)) return "bound arguments are not a reference";
  const bound = entries.findLast(([k]) => k === `${prefix}${parseInt((root.bound as string).slice(2), 16)}`);
  return bound && Array.isArray(JSON.parse(String(bound[1]))) ? null : "bound arguments are not an array";
}

/**
 * Reads an action's text body up to a limit, as UTF-8 exactly: invalid sequences and a byte-order mark
 * are kept as faults (the default decoder would replace the one and silently drop the other, and the
 * JSON check would then pass a body Next.js cannot decode).
 */
export async function readActionText(body: ReadableStream<Uint8Array> | null, limit: number): Promise<string | "tooLarge" | "notUtf8"> {
  const bytes = await readBodyWithLimit(body, limit);
  if (bytes === "tooLarge") return bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return "notUtf8";
  }
}

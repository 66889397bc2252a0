// Cheap checks that turn malformed or cross-site requests into a 4xx before Next.js or a route sees
// them. Each returns the refusal (status and a code) or null when the request may go on.
import { readBodyWithLimit } from "../_data/http/read-body-with-limit";

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

/** What can be told from the headers alone about a POST to a page (a server action or a form post). */
export function checkPagePost(headers: Headers): Refusal | null {
  // Browsers always state the length of a form post or an action call; without it the size is unknown.
  if (!headers.has("content-length") && headers.has("transfer-encoding")) return { status: 411, code: "lengthRequired" };
  const length = Number(headers.get("content-length") ?? 0);
  if (!Number.isSafeInteger(length) || length < 0) return { status: 400, code: "badContentLength" };
  if (length > ACTION_BODY_LIMIT) return { status: 413, code: "bodyTooLarge" };
  if (!headers.has("next-action")) return null;
  // React sends an action's arguments as text (a JSON array) or, when they hold files or form data,
  // as multipart/form-data; nothing else.
  const type = mediaType(headers.get("content-type"));
  if (type !== "text/plain" && type !== "multipart/form-data") return { status: 415, code: "unsupportedMediaType" };
  return null;
}

/** How the proxy must look at a page POST's body: as action text, as multipart form data, or not at all. */
export function pageBodyKind(headers: Headers): "actionText" | "multipart" | null {
  const type = mediaType(headers.get("content-type"));
  if (type === "multipart/form-data") return "multipart";
  if (type === "text/plain" && headers.has("next-action")) return "actionText";
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
 * when no argument needs a part of its own. References to other parts ("$1", "$K1", "$@1"…) only
 * occur in multipart bodies; in a text body they point at nothing.
 */
export function checkActionText(text: string): Refusal | null {
  const parsed = parseArgumentArray(text);
  if (parsed === null || hasPartReference(parsed)) return { status: 400, code: "badActionBody" };
  return null;
}

/**
 * A multipart page POST must parse as form data (Next.js answers 500 when it does not). For an action
 * call, part "0" holds the JSON array of the arguments, which may refer to the other parts.
 */
export function checkMultipartForm(form: FormData | null, isAction: boolean): Refusal | null {
  if (!form) return { status: 400, code: "badFormData" };
  if (!isAction) return null;
  const root = form.get("0");
  if (typeof root !== "string" || parseArgumentArray(root) === null) return { status: 400, code: "badActionBody" };
  return null;
}

function parseArgumentArray(text: string): unknown[] | null {
  if (text.length > ACTION_BODY_LIMIT || jsonDepth(text) > ACTION_MAX_DEPTH) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

const PART_REFERENCE = /^\$[@QWKBFhRrXxil]?[0-9a-f]+$/;

function hasPartReference(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const at = stack.pop();
    if (typeof at === "string") {
      if (PART_REFERENCE.test(at)) return true;
    } else if (Array.isArray(at)) stack.push(...at);
    else if (at && typeof at === "object") {
      for (const [k, v] of Object.entries(at)) {
        if (PART_REFERENCE.test(k)) return true;
        stack.push(v);
      }
    }
  }
  return false;
}

/** Reads a body as text up to a limit; over it, null. */
export async function readTextWithLimit(body: ReadableStream<Uint8Array> | null, limit: number): Promise<string | null> {
  const bytes = await readBodyWithLimit(body, limit);
  return bytes === "tooLarge" ? null : new TextDecoder().decode(bytes);
}

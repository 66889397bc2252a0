// Runs before every request (pages, route handlers, static files): refuses malformed and cross-site
// requests with a 4xx, sets the security headers, and does next-intl's locale handling for pages.
import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./app/_i18n/routing";
import { CLIENT_ADDRESS_HEADERS, trustedProxyCount } from "./app/_data/auth/client-address";
import { pagePolicy, RESOURCE_POLICY, securityHeaders } from "./app/_proxy/security-headers";
import {
  ACTION_BODY_LIMIT,
  checkActionText,
  checkApiRequest,
  checkMethod,
  checkMultipartForm,
  checkPagePost,
  checkPathEncoding,
  pageBodyKind,
  pathKind,
  readActionText,
  type Refusal,
} from "./app/_proxy/request-guards";

const intl = createMiddleware(routing);

function withHeaders<T extends Response>(response: T, headers: Record<string, string>): T {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function refuse(refusal: Refusal): NextResponse {
  const response = NextResponse.json({ error: refusal.code }, { status: refusal.status });
  if (refusal.allow) response.headers.set("Allow", refusal.allow);
  response.headers.set("Cache-Control", "no-store");
  return withHeaders(response, securityHeaders(RESOURCE_POLICY));
}

/** The request headers passed on: with no trusted proxy, client-written address headers are dropped. */
function forwardedHeaders(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  if (trustedProxyCount() === 0) for (const name of CLIENT_ADDRESS_HEADERS) headers.delete(name);
  return headers;
}

/** Reads a page POST's body (at most 1 MB, checked above) only when Next.js would choke on a bad one. */
async function checkPageBody(request: NextRequest): Promise<Refusal | null> {
  const kind = pageBodyKind(request.headers);
  if (kind === "actionText") {
    const text = await readActionText(request.clone().body, ACTION_BODY_LIMIT);
    if (text === "tooLarge") return { status: 413, code: "bodyTooLarge" };
    if (text === "notUtf8") return { status: 400, code: "badEncoding" };
    return checkActionText(text);
  }
  if (kind === "multipart") {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    return checkMultipartForm(form, request.headers.has("next-action"));
  }
  return null;
}

export default async function proxy(request: NextRequest): Promise<Response> {
  // The raw path: nextUrl.pathname may already be normalised.
  const rawPath = new URL(request.url).pathname;
  const kind = pathKind(rawPath);
  const refusal = checkPathEncoding(rawPath) ?? checkMethod(kind, request.method);
  if (refusal) return refuse(refusal);

  if (kind === "asset") return withHeaders(NextResponse.next(), securityHeaders(RESOURCE_POLICY));

  if (kind === "api") {
    const apiRefusal = checkApiRequest(request.method, request.headers);
    if (apiRefusal) return refuse(apiRefusal);
    return withHeaders(NextResponse.next({ request: { headers: forwardedHeaders(request) } }), securityHeaders(RESOURCE_POLICY));
  }

  if (request.method === "POST") {
    const postRefusal = checkPagePost(request.headers) ?? (await checkPageBody(request));
    if (postRefusal) return refuse(postRefusal);
  }

  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const nonce = btoa(crypto.randomUUID());
  const policy = pagePolicy(nonce);
  const headers = forwardedHeaders(request);
  headers.set("Content-Security-Policy", policy);
  const response = intl(new NextRequest(request.url, { headers, method: request.method }));
  return withHeaders(response, securityHeaders(policy));
}

export const config = {
  // Every path: malformed paths must be refused wherever they point, and every response gets the headers.
  matcher: "/:path*",
};

// Headers every response carries (pages, route handlers, static files), set in one place: proxy.ts.
import { createHash } from "node:crypto";
import { TIME_ZONE_COOKIE_SCRIPT } from "../_components/account/time-zone-cookie-script";

/** The one inline script the app writes itself; allowed by its hash so it needs no nonce. */
const TIME_ZONE_SCRIPT_HASH = `'sha256-${createHash("sha256").update(TIME_ZONE_COOKIE_SCRIPT).digest("base64")}'`;

/**
 * The policy for HTML pages. Next.js adds the nonce to its own inline scripts (the React Server
 * Components payload) and script tags when it finds it in the request's policy; 'strict-dynamic' lets
 * the scripts those load run too. Pages render per request, so a fresh nonce costs nothing extra.
 * Style attributes (bar widths in charts) are allowed; style elements need the nonce.
 */
export function pagePolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' ${TIME_ZONE_SCRIPT_HASH}${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-inline'" : ""}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For everything that is not a page (JSON, downloads, scripts, styles): nothing may run or frame it. */
export const RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(policy: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Speech synthesis needs no permission; everything a page could ask for is refused.
    "Permissions-Policy":
      "accelerometer=(), autoplay=(), camera=(), display-capture=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), browsing-topics=()",
  };
  // Only behind HTTPS (the same switch as Secure cookies): over plain HTTP it would lock browsers out.
  if (env.COOKIE_SECURE === "1") headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

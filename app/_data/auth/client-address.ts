// The address a request came from, for per-address rate limits.
//
// Next.js sets x-forwarded-for to the socket's address only when the request has no such header, so a
// client talking to the app directly could otherwise choose its own address (and reset a per-address
// limit by sending a new one each time). The header is trusted only as far as TRUSTED_PROXIES says:
// - 0 (default, the app faces clients directly): proxy.ts removes the header the client sent, so the
//   one entry left is the socket's address, filled in by Next.js.
// - N > 0 (N proxies of ours in front, each appending the address it saw): the client is the N-th entry
//   from the right; entries further left were written by the client and are ignored.

export function trustedProxyCount(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.TRUSTED_PROXIES ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

/** The headers a request may pass on to the app: with no trusted proxy, none that claim an address. */
export const CLIENT_ADDRESS_HEADERS = ["x-forwarded-for", "x-real-ip", "forwarded"] as const;

export function clientAddressFrom(headers: Headers, trustedProxies = trustedProxyCount()): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const at = entries.length === 0 ? undefined : entries[Math.max(0, entries.length - Math.max(1, trustedProxies))];
  // x-real-ip only when no x-forwarded-for is there (with TRUSTED_PROXIES=0 proxy.ts drops it too).
  return (at || headers.get("x-real-ip") || "unknown").slice(0, 64);
}

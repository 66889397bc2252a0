// The address a request came from, for rate limits. Next.js fills x-forwarded-for with the socket's
// address when the request has none; behind a proxy or load balancer the last entry is the one the
// nearest proxy saw. A client talking to the app directly can send its own header, so the per-address
// limit is a second line of defence: the per-username limit does not depend on it.
export function clientAddressFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return (last || headers.get("x-real-ip") || "unknown").slice(0, 64);
}

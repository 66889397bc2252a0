// Preloaded into `next start` by app/_cli/start.ts. TRACE and TRACK are "forbidden methods" for
// fetch's Request, so Next.js 16 fails to build a request object for them and answers 500 before
// proxy.ts can run. This wraps the HTTP server's request listener to answer 405 first.
const http = require("node:http");

const FORBIDDEN = new Set(["TRACE", "TRACK"]);
const createServer = http.createServer;

http.createServer = function createServerRefusingForbiddenMethods(...args) {
  const at = args.findIndex((arg) => typeof arg === "function");
  if (at >= 0) {
    const listener = args[at];
    args[at] = function refuseForbiddenMethods(req, res) {
      if (!FORBIDDEN.has(req.method)) return listener.call(this, req, res);
      res.writeHead(405, {
        Allow: "GET, HEAD, POST",
        "Content-Type": "application/json",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      });
      res.end('{"error":"methodNotAllowed"}');
    };
  }
  return createServer.apply(this, args);
};

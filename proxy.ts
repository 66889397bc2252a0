import createMiddleware from "next-intl/middleware";
import { routing } from "./app/_i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Pages only: API routes, Next.js internals and files with an extension skip locale handling.
  matcher: "/((?!api|trpc|_next|_vercel|.*\\..*).*)",
};

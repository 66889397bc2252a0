// A few bytes of inline script (no bundle): remembers the browser's time zone in a cookie, so a guest
// created later starts with the right "today" (see startUser in app/_data/auth/current-user.ts).
import { TIME_ZONE_COOKIE_SCRIPT } from "./time-zone-cookie-script";

export function TimeZoneCookieScript() {
  return <script dangerouslySetInnerHTML={{ __html: TIME_ZONE_COOKIE_SCRIPT }} />;
}

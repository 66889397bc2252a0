// A few bytes of inline script (no bundle): remembers the browser's time zone in a cookie, so a guest
// created later starts with the right "today" (see startUser in app/_data/auth/current-user.ts).
const SCRIPT =
  'try{if(!/(?:^|; )tz=/.test(document.cookie)){document.cookie="tz="+Intl.DateTimeFormat().resolvedOptions().timeZone+";path=/;max-age=31536000;samesite=lax"}}catch(e){}';

export function TimeZoneCookieScript() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}

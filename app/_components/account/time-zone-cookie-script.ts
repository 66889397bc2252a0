// The inline script's text, shared with the Content-Security-Policy, which allows it by its hash.
export const TIME_ZONE_COOKIE_SCRIPT =
  'try{if(!/(?:^|; )tz=/.test(document.cookie)){document.cookie="tz="+Intl.DateTimeFormat().resolvedOptions().timeZone+";path=/;max-age=31536000;samesite=lax"}}catch(e){}';

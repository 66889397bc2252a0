import { useFormatter } from "next-intl";

/** An ISO date of any precision ("2010", "2010-10", "2010-10-12"), written the page's way. */
export function EventDate({ iso }: { iso: string }) {
  const format = useFormatter();
  const [y, m, d] = iso.split("-").map(Number);
  if (!m) return <time dateTime={iso}>{format.dateTime(new Date(Date.UTC(y, 0, 1)), { year: "numeric", timeZone: "UTC" })}</time>;
  const options = d ? ({ year: "numeric", month: "long", day: "numeric" } as const) : ({ year: "numeric", month: "long" } as const);
  return <time dateTime={iso}>{format.dateTime(new Date(Date.UTC(y, m - 1, d || 1)), { ...options, timeZone: "UTC" })}</time>;
}

// Dates typed in one person's time zone and shown in another's. A due date is stored as an instant;
// the teacher types "2026-03-08 23:59" in their zone and each student sees that instant in theirs.
// Intl knows the zones (and their daylight-saving rules); nothing here depends on the server's zone.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** "YYYY-MM-DDTHH:mm", the value of an <input type="datetime-local">. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The wall clock at `instant` in `timeZone`, as "YYYY-MM-DDTHH:mm". */
export function toLocalInput(instant: Date, timeZone: string): string {
  const p: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) if (part.type !== "literal") p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(instantMs: number, timeZone: string): number {
  const m = LOCAL_DATE_TIME.exec(toLocalInput(new Date(instantMs), timeZone))!;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  return Math.round((asUtc - Math.floor(instantMs / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a wall-clock time in `timeZone` names, or null when the text is not a real date and time.
 * Across a daylight-saving change: a time that happens twice (autumn) is the first of the two; a time
 * that never happens (the spring gap) is read with the offset before the gap, so 02:30 on a night that
 * jumps from 02:00 to 03:00 becomes 03:30, after the gap, never an earlier instant.
 */
export function fromLocalInput(text: string, timeZone: string): Date | null {
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m || !isTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute] = [+m[1], +m[2], +m[3], +m[4], +m[5]];
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(naive);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  const day_ = 24 * 3_600_000;
  const offsets = [...new Set([offsetMinutes(naive - day_, timeZone), offsetMinutes(naive + day_, timeZone)])];
  const matches = offsets
    .map((offset) => naive - offset * 60_000)
    .filter((instant) => toLocalInput(new Date(instant), timeZone) === text)
    .sort((a, b) => a - b);
  if (matches.length > 0) return new Date(matches[0]);
  return new Date(naive - offsets[0] * 60_000);
}

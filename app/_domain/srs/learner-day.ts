/**
 * "Today" is the learner's day, not the server's: a calendar day in the learner's IANA time zone that
 * starts at DAY_ROLLOVER_HOUR local time. Like Anki we roll over at 4 a.m., so a session past midnight
 * still belongs to the evening it started in (and does not break or double-count a streak).
 */
export const DAY_ROLLOVER_HOUR = 4;

/** "YYYY-MM-DD" */
export type DayKey = string;

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
      second: "2-digit",
    });
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

/** The zone itself if Intl knows it, else "UTC" (a bad stored value must not break the dashboard). */
export function normalizeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return "UTC";
  try {
    formatterFor(timeZone);
    return timeZone;
  } catch {
    return "UTC";
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(normalizeTimeZone(timeZone)).formatToParts(instant)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** Offset of the zone from UTC at that instant, in ms. */
function offsetAt(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a local wall-clock time happens. A time skipped by a DST jump is pushed forward by the
 * length of the gap and a repeated time takes its first occurrence (Temporal's "compatible" rule).
 */
function instantOf(day: DayKey, hour: number, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  const wall = Date.UTC(y, m - 1, d, hour);
  const first = wall - offsetAt(new Date(wall), timeZone);
  const second = wall - offsetAt(new Date(first), timeZone);
  const candidates = [first, second].sort((a, b) => a - b);
  for (const c of candidates) if (c + offsetAt(new Date(c), timeZone) === wall) return new Date(c);
  return new Date(Math.max(first, second));
}

export function addDays(day: DayKey, n: number): DayKey {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: DayKey, b: DayKey): number {
  const toUtc = (k: DayKey) => Date.parse(`${k}T00:00:00Z`);
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export function dayKey(instant: Date, timeZone: string, rolloverHour = DAY_ROLLOVER_HOUR): DayKey {
  const w = wallClock(instant, timeZone);
  const calendar = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  return w.hour < rolloverHour ? addDays(calendar, -1) : calendar;
}

export function startOfLearnerDay(instant: Date, timeZone: string, rolloverHour = DAY_ROLLOVER_HOUR): Date {
  return startOfDayKey(dayKey(instant, timeZone, rolloverHour), timeZone, rolloverHour);
}

/** Exclusive: the first instant of the next learner day (23 or 25 hours later across DST). */
export function endOfLearnerDay(instant: Date, timeZone: string, rolloverHour = DAY_ROLLOVER_HOUR): Date {
  return startOfDayKey(addDays(dayKey(instant, timeZone, rolloverHour), 1), timeZone, rolloverHour);
}

export function startOfDayKey(day: DayKey, timeZone: string, rolloverHour = DAY_ROLLOVER_HOUR): Date {
  return instantOf(day, rolloverHour, normalizeTimeZone(timeZone));
}

const pad = (n: number) => String(n).padStart(2, "0");

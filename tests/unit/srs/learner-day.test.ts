import {
  addDays,
  DAY_ROLLOVER_HOUR,
  dayKey,
  daysBetween,
  endOfLearnerDay,
  normalizeTimeZone,
  startOfDayKey,
  startOfLearnerDay,
} from "@/app/_domain/srs/learner-day";

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

describe("dayKey", () => {
  test("the same instant is a different learner day in Tokyo and New York", () => {
    const instant = at("2025-06-01T02:00:00Z"); // Tokyo 11:00 on 1 June, New York 22:00 on 31 May
    expect(dayKey(instant, "Asia/Tokyo")).toBe("2025-06-01");
    expect(dayKey(instant, "America/New_York")).toBe("2025-05-31");
  });

  test("the day rolls over at 4 a.m. local time, not at midnight", () => {
    expect(DAY_ROLLOVER_HOUR).toBe(4);
    expect(dayKey(at("2025-06-01T18:59:59Z"), "Asia/Tokyo")).toBe("2025-06-01"); // 03:59:59 on 2 June
    expect(dayKey(at("2025-06-01T19:00:00Z"), "Asia/Tokyo")).toBe("2025-06-02"); // 04:00 on 2 June
    expect(dayKey(at("2025-06-01T18:59:59Z"), "Asia/Tokyo", 0)).toBe("2025-06-02");
  });

  test("an unknown time zone falls back to UTC", () => {
    expect(normalizeTimeZone("Mars/Olympus_Mons")).toBe("UTC");
    expect(normalizeTimeZone("")).toBe("UTC");
    expect(normalizeTimeZone("Asia/Tokyo")).toBe("Asia/Tokyo");
    expect(dayKey(at("2025-06-01T03:00:00Z"), "Mars/Olympus_Mons")).toBe("2025-05-31");
    expect(dayKey(at("2025-06-01T05:00:00Z"), "not a zone")).toBe("2025-06-01");
  });
});

describe("learner day boundaries", () => {
  test("Tokyo: 04:00 JST to 04:00 JST, 24 h", () => {
    const now = at("2025-03-09T12:00:00Z");
    expect(startOfLearnerDay(now, "Asia/Tokyo")).toEqual(at("2025-03-08T19:00:00Z"));
    expect(endOfLearnerDay(now, "Asia/Tokyo")).toEqual(at("2025-03-09T19:00:00Z"));
  });

  // Clocks change at 02:00, inside the learner day that began at 04:00 the day before.
  test("New York spring forward (9 March 2025): the learner day of 8 March is 23 h long", () => {
    const now = at("2025-03-08T15:00:00Z"); // 10:00 EST
    const start = startOfLearnerDay(now, "America/New_York");
    const end = endOfLearnerDay(now, "America/New_York");
    expect(start).toEqual(at("2025-03-08T09:00:00Z")); // 04:00 EST
    expect(end).toEqual(at("2025-03-09T08:00:00Z")); // 04:00 EDT
    expect(startOfLearnerDay(at("2025-03-09T07:30:00Z"), "America/New_York")).toEqual(start); // 03:30 EDT
    expect(end.getTime() - start.getTime()).toBe(23 * HOUR);
  });

  test("New York fall back (2 November 2025): the learner day of 1 November is 25 h long", () => {
    const now = at("2025-11-01T15:00:00Z");
    const start = startOfLearnerDay(now, "America/New_York");
    const end = endOfLearnerDay(now, "America/New_York");
    expect(start).toEqual(at("2025-11-01T08:00:00Z")); // 04:00 EDT
    expect(end).toEqual(at("2025-11-02T09:00:00Z")); // 04:00 EST
    expect(end.getTime() - start.getTime()).toBe(25 * HOUR);
  });

  test("instants just either side of a boundary fall on either side", () => {
    const boundary = at("2025-03-09T08:00:00Z");
    expect(dayKey(new Date(boundary.getTime() - 1), "America/New_York")).toBe("2025-03-08");
    expect(dayKey(boundary, "America/New_York")).toBe("2025-03-09");
  });

  test("a rollover hour skipped by DST starts the day just after the gap", () => {
    // 02:00 does not exist in New York on 9 March 2025; 03:00 EDT = 07:00Z
    expect(startOfDayKey("2025-03-09", "America/New_York", 2)).toEqual(at("2025-03-09T07:00:00Z"));
    // 01:00 happens twice on 2 November 2025; the first (EDT) one is taken
    expect(startOfDayKey("2025-11-02", "America/New_York", 1)).toEqual(at("2025-11-02T05:00:00Z"));
  });

  test("start ≤ now < end for every hour of a DST year", () => {
    for (let t = Date.parse("2025-01-01T00:30:00Z"); t < Date.parse("2026-01-01T00:00:00Z"); t += 7 * HOUR) {
      for (const tz of ["Asia/Tokyo", "America/New_York", "Europe/London"]) {
        const now = new Date(t);
        const start = startOfLearnerDay(now, tz).getTime();
        const end = endOfLearnerDay(now, tz).getTime();
        expect(start <= t && t < end).toBe(true);
        expect(dayKey(new Date(start), tz)).toBe(dayKey(now, tz));
      }
    }
  });
});

test("day arithmetic", () => {
  expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
  expect(daysBetween("2024-12-30", "2025-01-02")).toBe(3);
});

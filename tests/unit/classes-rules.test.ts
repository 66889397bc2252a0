// The pure rules of classes: wall-clock dates in a time zone (DST gaps and overlaps), class codes,
// which attempt counts, statuses, and the report's mean and median.
import { fromLocalInput, toLocalInput } from "@/app/_domain/classes/zoned-time";
import { generateClassCode, isClassCode, normalizeClassCode } from "@/app/_domain/classes/class-code";
import { countedAttempt, mean, median, quizAssignmentStatus, studyAssignmentStatus } from "@/app/_domain/classes/assignment-status";

describe("wall-clock dates", () => {
  test("round-trip in zones with and without daylight saving", () => {
    for (const zone of ["Asia/Tokyo", "America/New_York", "Europe/London", "Australia/Sydney", "UTC"])
      for (const text of ["2026-01-15T09:30", "2026-07-15T23:59", "2026-12-31T00:00"]) expect(toLocalInput(fromLocalInput(text, zone)!, zone)).toBe(text);
  });
  test("a time in the spring gap moves forward; one in the autumn overlap is the first", () => {
    expect(fromLocalInput("2026-03-08T02:30", "America/New_York")!.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(fromLocalInput("2026-11-01T01:30", "America/New_York")!.toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(fromLocalInput("2026-10-04T02:30", "Australia/Sydney")!.toISOString()).toBe("2026-10-03T16:30:00.000Z");
  });
  test("impossible dates and unknown zones give null", () => {
    expect(fromLocalInput("2026-02-29T10:00", "UTC")).toBeNull();
    expect(fromLocalInput("2026-01-01T24:00", "UTC")).toBeNull();
    expect(fromLocalInput("2026-01-01 10:00", "UTC")).toBeNull();
    expect(fromLocalInput("2026-01-01T10:00", "Nowhere/City")).toBeNull();
  });
});

describe("class codes", () => {
  test("generated codes are valid and typed codes are folded", () => {
    let n = 0;
    const code = generateClassCode(() => n++ % 31);
    expect(isClassCode(code)).toBe(true);
    expect(normalizeClassCode(" ａｂｃd-efgh ")).toBe("ABCDEFGH");
    expect(isClassCode("ABCDEFG0")).toBe(false); // 0 is not in the alphabet
  });
});

describe("assignment status", () => {
  const at = (iso: string) => new Date(iso);
  const due = at("2026-03-01T00:00:00Z");
  const attempt = (id: string, finished: string | null, score: number) => ({ id, createdAt: at("2026-02-01T00:00:00Z"), finishedAt: finished ? at(finished) : null, score, total: 4 });
  const a = attempt("a", "2026-02-10T00:00:00Z", 2);
  const b = attempt("b", "2026-02-20T00:00:00Z", 4);
  const c = attempt("c", "2026-03-05T00:00:00Z", 1);
  test("which finished attempt counts", () => {
    expect(countedAttempt([c, b, a], "none")).toBe(a);
    expect(countedAttempt([a, b, c], "best")).toBe(b);
    expect(countedAttempt([a, b, c], "last")).toBe(c);
    expect(countedAttempt([attempt("x", null, 0)], "none")).toBeNull();
  });
  test("statuses", () => {
    expect(quizAssignmentStatus([], "none", due)).toBe("notStarted");
    expect(quizAssignmentStatus([attempt("x", null, 0)], "none", due)).toBe("inProgress");
    expect(quizAssignmentStatus([a, c], "none", due)).toBe("done");
    expect(quizAssignmentStatus([a, c], "last", due)).toBe("late");
    expect(studyAssignmentStatus(10, 10, 10)).toBe("done");
    expect(studyAssignmentStatus(10, 3, 10)).toBe("late");
    expect(studyAssignmentStatus(10, 3, 3)).toBe("inProgress");
    expect(studyAssignmentStatus(10, 0, 0)).toBe("notStarted");
  });
  test("mean and median", () => {
    expect(mean([])).toBeNull();
    expect(median([0.5, 1, 0])).toBe(0.5);
    expect(median([0.25, 1, 0.5, 0])).toBe(0.375);
    expect(mean([0.25, 0.75])).toBe(0.5);
  });
});

describe("report CSV", () => {
  test("BOM, CRLF, quoting and formula guard", async () => {
    const { toCsv } = await import("@/app/_domain/classes/report-csv");
    const csv = toCsv([["名前", "点"], ['=HYPERLINK("x")', 50], ["a,b", null]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const { parse } = await import("csv-parse/sync");
    expect(parse(csv.slice(1), { relaxColumnCount: true })).toEqual([["名前", "点"], ['\'=HYPERLINK("x")', "50"], ["a,b", ""]]);
    expect(csv.split("\r\n")).toHaveLength(4);
  });
});

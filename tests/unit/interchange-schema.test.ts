import { capIssues, isCalendarDate, isWebUrl, MAX_REPORTED_ISSUES, sourceRecord, factRecord } from "@/app/_schemas/interchange";

describe("interchange dates", () => {
  test.each(["2023", "2023-11", "2023-11-16", "2024-02-29", "2000-02-29", "1999-12-31"])("%s is a real date", (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  test.each(["2020-13-45", "2023-00", "2023-13", "2023-02-29", "1900-02-29", "2023-04-31", "2023-11-00", "2023-1-5", "23-11-16", "2023/11/16", "", "2023-11-16T00:00"])(
    "%j is refused",
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  test("a source and a fact event with an impossible date fail with the isoDate code", () => {
    const source = sourceRecord.safeParse({
      key: "s",
      titleJa: "t",
      titleEn: "t",
      publisherJa: "p",
      publisherEn: "p",
      publishedOn: "2020-13-45",
      authorJa: "a",
      authorEn: "a",
    });
    expect(source.success).toBe(false);
    expect(source.error!.issues.map((i) => i.message)).toEqual(["isoDate"]);
    const event = factRecord.shape.event.safeParse({ date: "2023-02-30", labelJa: "x", labelEn: "x" });
    expect(event.error!.issues.map((i) => i.message)).toEqual(["isoDate"]);
  });
});

describe("interchange URLs", () => {
  test.each(["https://www.nids.mod.go.jp/publication/commentary/pdf/commentary289.pdf", "http://example.org/a?b=c#d"])("%s is accepted", (url) => {
    expect(isWebUrl(url)).toBe(true);
    expect(sourceRecord.shape.url.safeParse(url).success).toBe(true);
  });

  test.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.org/x", "vbscript:x", "//example.org", "example.org", "http://", "https:"])(
    "%j is refused with the webUrl code",
    (url) => {
      const result = sourceRecord.shape.url.safeParse(url);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0].message).toBe("webUrl");
    },
  );

  test("no URL at all is still fine", () => {
    expect(sourceRecord.shape.url.parse(null)).toBeNull();
    expect(sourceRecord.shape.url.parse(undefined)).toBeNull();
  });
});

describe("issue list cap", () => {
  test("keeps the first issues and counts the rest", () => {
    const issues = Array.from({ length: 50_000 }, (_, i) => i);
    const capped = capIssues(issues);
    expect(capped.issues).toEqual(issues.slice(0, MAX_REPORTED_ISSUES));
    expect(capped.moreIssues).toBe(50_000 - MAX_REPORTED_ISSUES);
  });

  test("a short list is unchanged", () => {
    expect(capIssues([1, 2, 3])).toEqual({ issues: [1, 2, 3], moreIssues: 0 });
  });
});

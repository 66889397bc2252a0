import { needsSnapshot, parseLastEventId } from "@/app/_domain/live/event-resume";

test("Last-Event-ID is read as a version", () => {
  expect(parseLastEventId("42")).toBe(42);
  expect(parseLastEventId(" 7 ")).toBe(7);
  expect(parseLastEventId("0")).toBe(0);
  for (const bad of [null, undefined, "", "-1", "1.5", "abc", "1e3", "9".repeat(16)]) expect(parseLastEventId(bad)).toBeNull();
});

test("a stream gets the current state unless it already has exactly this version", () => {
  expect(needsSnapshot(null, 0)).toBe(true);
  expect(needsSnapshot(4, 5)).toBe(true);
  expect(needsSnapshot(9, 5)).toBe(true); // from before a reset
  expect(needsSnapshot(5, 5)).toBe(false);
});

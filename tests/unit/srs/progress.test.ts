import { newCardState, type CardState } from "@/app/_domain/srs/card-state";
import {
  dueForecast,
  leeches,
  masteryByDeck,
  retention,
  reviewDayKeys,
  reviewsPerDay,
  streak,
  weakest,
} from "@/app/_domain/srs/progress";
import { countedReviews, type LoggedReview } from "@/app/_domain/srs/review-log";

const NOW = new Date("2025-05-10T03:00:00Z"); // 12:00 JST, 23:00 EDT on 9 May
const DAY = 86_400_000;

let seq = 0;
function log(reviewedAt: string | Date, extra: Partial<LoggedReview> = {}): LoggedReview {
  return { id: `l${++seq}`, kind: "review", rating: 3, state: 2, reviewedAt: new Date(reviewedAt), ...extra };
}
function undo(of: LoggedReview, at = of.reviewedAt): LoggedReview {
  return log(at, { kind: "undo", rating: 0, undoesId: of.id });
}

describe("countedReviews", () => {
  test("drops undo rows and the reviews they undo, keeps class answers", () => {
    const a = log(NOW);
    const b = log(NOW);
    const c = log(NOW, { kind: "class" });
    expect(countedReviews([a, b, undo(a), c]).map((l) => l.id)).toEqual([b.id, c.id]);
  });
});

describe("streak", () => {
  test("counts back from today", () => {
    expect(streak(["2025-05-08", "2025-05-09", "2025-05-10"], "2025-05-10")).toBe(3);
  });
  test("still alive when the last review was yesterday", () => {
    expect(streak(["2025-05-08", "2025-05-09"], "2025-05-10")).toBe(2);
  });
  test("broken by a gap", () => {
    expect(streak(["2025-05-06", "2025-05-07", "2025-05-09", "2025-05-10"], "2025-05-10")).toBe(2);
    expect(streak(["2025-05-07", "2025-05-08"], "2025-05-10")).toBe(0);
    expect(streak([], "2025-05-10")).toBe(0);
  });
  test("across a month end, from learner days of logs, undone reviews not counted", () => {
    const tz = "Asia/Tokyo";
    const a = log("2025-04-30T10:00:00Z");
    const logs = [a, log("2025-05-01T10:00:00Z"), log("2025-04-29T10:00:00Z"), undo(a)];
    expect(streak(reviewDayKeys(logs, tz), "2025-05-01")).toBe(1);
    expect(streak(reviewDayKeys(logs.slice(0, 3), tz), "2025-05-01")).toBe(3);
  });
});

describe("reviewsPerDay", () => {
  test("fills days without reviews with zero over 365 days", () => {
    const days = reviewsPerDay([log(NOW)], "UTC", new Date(NOW.getTime() - 364 * DAY), NOW, 0);
    expect(days).toHaveLength(365);
    expect(days[0]).toEqual({ day: "2024-05-11", count: 0 });
    expect(days[364]).toEqual({ day: "2025-05-10", count: 1 });
    expect(days.reduce((s, d) => s + d.count, 0)).toBe(1);
  });

  test("buckets by the learner's day in their time zone", () => {
    const logs = [
      log("2025-05-09T14:00:00Z"), // Tokyo 23:00 on 9 May; New York 10:00 on 9 May
      log("2025-05-09T16:00:00Z"), // Tokyo 01:00 on 10 May, before the 4 a.m. rollover → 9 May
      log("2025-05-09T20:00:00Z"), // Tokyo 05:00 on 10 May; New York 16:00 on 9 May
      log("2025-05-10T02:00:00Z"), // Tokyo 11:00 on 10 May; New York 22:00 on 9 May
    ];
    const from = new Date("2025-05-09T12:00:00Z");
    expect(reviewsPerDay(logs, "Asia/Tokyo", from, NOW)).toEqual([
      { day: "2025-05-09", count: 2 },
      { day: "2025-05-10", count: 2 },
    ]);
    expect(reviewsPerDay(logs, "America/New_York", from, NOW)).toEqual([{ day: "2025-05-09", count: 4 }]);
  });

  test("excludes undone reviews and reviews outside the range", () => {
    const a = log(NOW);
    const logs = [a, undo(a), log(NOW), log("2025-01-01T12:00:00Z")];
    // NOW is 03:00 UTC, before the 4 a.m. rollover: still the learner day of 9 May.
    expect(reviewsPerDay(logs, "UTC", new Date("2025-05-08T12:00:00Z"), NOW)).toEqual([
      { day: "2025-05-08", count: 0 },
      { day: "2025-05-09", count: 1 },
    ]);
  });
});

describe("retention", () => {
  test("equals a hand count of review-state reviews in the last 30 days", () => {
    const d = (days: number) => new Date(NOW.getTime() - days * DAY);
    const undoneFail = log(d(3), { rating: 1 });
    const logs = [
      log(d(1), { rating: 3 }), // pass
      log(d(2), { rating: 2 }), // pass (Hard)
      log(d(2), { rating: 4 }), // pass
      log(d(5), { rating: 1 }), // fail
      log(d(29), { rating: 3, kind: "class" }), // pass
      log(d(1), { rating: 1, state: 1 }), // learning step: ignored
      log(d(1), { rating: 1, state: 0 }), // new: ignored
      log(d(31), { rating: 1 }), // too old
      undoneFail,
      undo(undoneFail),
    ];
    const r = retention(logs, 0.9, NOW);
    expect(r).toEqual({ actual: 4 / 5, desired: 0.9, passed: 4, failed: 1, total: 5 });
  });

  test("no reviews: no number rather than 0%", () => {
    expect(retention([], 0.85, NOW)).toEqual({ actual: null, desired: 0.85, passed: 0, failed: 0, total: 0 });
  });
});

describe("dueForecast", () => {
  const c = (state: CardState["state"], due: string, extra = {}) => ({ ...newCardState(new Date(due)), state, ...extra });

  test("per learner day for 30 days, overdue counted today, new and suspended ignored", () => {
    const cards = [
      c(2, "2025-04-01T00:00:00Z"), // overdue
      c(2, "2025-05-09T18:00:00Z"), // overdue (Tokyo 9 May 03:00 belongs to 8 May)
      c(2, "2025-05-10T10:00:00Z"), // today (19:00 JST)
      c(1, "2025-05-10T03:10:00Z"), // learning, today
      c(2, "2025-05-10T18:30:00Z"), // Tokyo 03:30 on 11 May: still today's learner day
      c(2, "2025-05-10T19:00:00Z"), // tomorrow
      c(2, "2025-06-08T12:00:00Z"), // day 30 (index 29)
      c(2, "2025-06-09T12:00:00Z"), // beyond
      c(0, "2025-05-01T00:00:00Z"), // new: not due
      c(2, "2025-05-01T00:00:00Z", { suspended: true }),
    ];
    const f = dueForecast(cards, NOW, "Asia/Tokyo");
    expect(f).toHaveLength(30);
    expect(f[0]).toEqual({ day: "2025-05-10", count: 5, overdue: 2 });
    expect(f[1]).toEqual({ day: "2025-05-11", count: 1, overdue: 0 });
    expect(f[29]).toEqual({ day: "2025-06-08", count: 1, overdue: 0 });
    expect(f.reduce((s, d) => s + d.count, 0)).toBe(7);
  });
});

describe("mastery, weakest, leeches", () => {
  const card = (over: Partial<CardState>): CardState => ({ ...newCardState(NOW), ...over });

  test("mastery = share of a deck's cards in Review with stability ≥ 21 days", () => {
    const m = masteryByDeck([
      { deckId: "d1", ...card({ state: 2, stability: 21 }) },
      { deckId: "d1", ...card({ state: 2, stability: 20.9 }) },
      { deckId: "d1", ...card({ state: 3, stability: 50 }) },
      { deckId: "d1", ...card({ state: 0 }) },
      { deckId: "d2", ...card({ state: 2, stability: 100 }) },
    ]);
    expect(m).toEqual([
      { deckId: "d1", total: 4, new: 1, learning: 1, young: 1, mastered: 1, mastery: 0.25 },
      { deckId: "d2", total: 1, new: 0, learning: 0, young: 0, mastered: 1, mastery: 1 },
    ]);
  });

  test("weakest: only lapsed cards or those below the desired retention; most lapses first, then lowest retrievability", () => {
    const last = new Date(NOW.getTime() - 10 * DAY);
    const cards = [
      { id: "strong", ...card({ state: 2, stability: 30, difficulty: 4, lapses: 0, lastReview: last }) },
      { id: "fading", ...card({ state: 2, stability: 2, difficulty: 4, lapses: 0, lastReview: last }) },
      { id: "lapsed", ...card({ state: 2, stability: 30, difficulty: 6, lapses: 3, lastReview: last }) },
      { id: "justRight", ...card({ state: 2, stability: 3, difficulty: 5, lapses: 0, lastReview: NOW }) },
      { id: "new", ...card({ state: 0 }) },
    ];
    const w = weakest(cards, NOW, 10, 0.9);
    expect(w.map((x) => x.card.id)).toEqual(["lapsed", "fading"]);
    expect(w[1].retrievability).toBeLessThan(0.9);
    // A card answered just now (100 %) and one still above the desired retention are not weak.
    expect(w.some((x) => x.retrievability >= 0.9 && x.card.lapses === 0)).toBe(false);
    expect(weakest(cards, NOW, 1, 0.9)).toHaveLength(1);
    // A higher goal makes the strong card (recall just above 0.9 after 10 of its 30 days) weak too.
    expect(weakest(cards, NOW, 10, 0.97).map((x) => x.card.id)).toEqual(["lapsed", "fading", "strong"]);
    expect(weakest([cards[3]], NOW, 10, 0.9)).toEqual([]);
  });

  test("leeches are cards with 8+ lapses, worst first", () => {
    const l = leeches([{ id: "a", lapses: 8 }, { id: "b", lapses: 7 }, { id: "c", lapses: 12 }]);
    expect(l.map((c) => c.id)).toEqual(["c", "a"]);
  });
});

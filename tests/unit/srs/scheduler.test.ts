import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade as FsrsGrade } from "ts-fsrs";
import {
  CARD_STATE,
  newCardState,
  parseCardState,
  serializeCardState,
  type CardState,
} from "@/app/_domain/srs/card-state";
import { createScheduler, displayInterval, UndoMismatchError } from "@/app/_domain/srs/scheduler";
import type { Grade } from "@/app/_domain/srs/review-log";

const START = new Date("2025-01-06T09:00:00Z");
const DAY = 86_400_000;

/** The learner studies at 09:00 UTC; short steps are taken a minute after they fall due. */
function nextStudyTime(due: Date, last: Date): Date {
  if (due.getTime() - last.getTime() < DAY / 2) return new Date(Math.max(due.getTime(), last.getTime()) + 60_000);
  const day = new Date(due);
  day.setUTCHours(9, 0, 0, 0);
  return day.getTime() < due.getTime() ? new Date(day.getTime() + DAY) : day;
}

/** Drives our scheduler and a direct ts-fsrs run side by side, the card going through JSON like a DB row. */
function simulate(pattern: Grade[], enableFuzz: boolean, desiredRetention = 0.9, days = 60) {
  const ours = createScheduler({ desiredRetention, enableFuzz });
  const direct = fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: enableFuzz }));
  let card: CardState = newCardState(START);
  let reference: Card = createEmptyCard(START);
  let now = START;
  const steps: Array<{ now: Date; ours: CardState; reference: Card }> = [];
  for (let i = 0; now.getTime() < START.getTime() + days * DAY; i++) {
    const rating = pattern[i % pattern.length];
    const { card: next, log } = ours.scheduleReview(card, rating, now);
    expect(log.state).toBe(card.state);
    expect(log.due).toEqual(card.due);
    expect(log.stability).toBe(card.stability);
    reference = direct.next(reference, now, rating as unknown as FsrsGrade).card;
    card = parseCardState(serializeCardState(next))!;
    steps.push({ now, ours: card, reference });
    now = nextStudyTime(card.due, now);
  }
  return steps;
}

describe("scheduleReview matches ts-fsrs over 60 simulated days", () => {
  const patterns: Array<{ name: string; pattern: Grade[]; minReviews: number }> = [
    { name: "always Good", pattern: [3], minReviews: 4 },
    { name: "mixed", pattern: [3, 3, 1, 3, 4, 2, 3], minReviews: 8 },
    { name: "struggling", pattern: [1, 2, 3, 3, 1, 1, 4], minReviews: 15 },
  ];
  for (const enableFuzz of [false, true]) {
    test.each(patterns)(`fuzz=${enableFuzz}: $name`, ({ pattern, minReviews }) => {
      const steps = simulate(pattern, enableFuzz);
      expect(steps.length).toBeGreaterThanOrEqual(minReviews);
      for (const { ours, reference } of steps) {
        expect(ours.due.toISOString()).toBe(reference.due.toISOString());
        expect(ours.stability).toBe(reference.stability);
        expect(ours.difficulty).toBe(reference.difficulty);
        expect(ours.state).toBe(reference.state);
        expect(ours.scheduledDays).toBe(reference.scheduled_days);
        expect(ours.learningSteps).toBe(reference.learning_steps);
        expect(ours.reps).toBe(reference.reps);
        expect(ours.lapses).toBe(reference.lapses);
      }
    });
  }

  test("fuzz changes some long intervals (so the fuzzed comparison above is meaningful)", () => {
    const plain = simulate([3], false, 0.9, 400).map((s) => s.ours.scheduledDays);
    const fuzzed = simulate([3], true, 0.9, 400).map((s) => s.ours.scheduledDays);
    expect(fuzzed).not.toEqual(plain);
  });
});

function reviewCard(desiredRetention: number): CardState {
  const s = createScheduler({ desiredRetention, enableFuzz: false });
  let card = newCardState(START);
  let now = START;
  for (let i = 0; i < 4; i++) {
    card = s.scheduleReview(card, 3, now).card;
    now = new Date(card.due.getTime() + 60_000);
  }
  expect(card.state).toBe(CARD_STATE.Review);
  return card;
}

describe("desired retention", () => {
  test("0.8 gives longer intervals than 0.95", () => {
    const card = reviewCard(0.9);
    const at = new Date(card.due.getTime());
    const good = (r: number) => createScheduler({ desiredRetention: r, enableFuzz: false }).previewIntervals(card, at)[2];
    expect(good(0.8).days).toBeGreaterThan(good(0.9).days);
    expect(good(0.9).days).toBeGreaterThan(good(0.95).days);
  });

  test("rejects impossible values", () => {
    expect(() => createScheduler({ desiredRetention: 1 })).toThrow(RangeError);
  });
});

describe("previewIntervals", () => {
  test("four increasing intervals for a review card, equal to what each rating then does (fuzz on)", () => {
    const s = createScheduler({ enableFuzz: true });
    const card = reviewCard(0.9);
    const now = new Date(card.due.getTime() + 3 * DAY);
    const preview = s.previewIntervals(card, now);
    expect(preview.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
    for (let i = 1; i < 4; i++) expect(preview[i].minutes).toBeGreaterThan(preview[i - 1].minutes);
    expect(preview[0].display).toEqual({ value: 10, unit: "minute" });
    expect(preview[0].days).toBe(0);
    for (const p of preview) {
      const { card: next } = s.scheduleReview(card, p.rating, now);
      expect(p.due).toEqual(next.due);
      if (p.rating > 1) expect(p.days).toBe(next.scheduledDays);
    }
  });

  test("a new card previews the learning steps 1m / 6m / 10m / days", () => {
    const preview = createScheduler({ enableFuzz: false }).previewIntervals(newCardState(START), START);
    expect(preview.map((p) => p.display.unit)).toEqual(["minute", "minute", "minute", "day"]);
    expect(preview.slice(0, 3).map((p) => p.minutes)).toEqual([1, 6, 10]);
  });

  test("display units", () => {
    expect(displayInterval(0)).toEqual({ value: 1, unit: "minute" });
    expect(displayInterval(90)).toEqual({ value: 2, unit: "hour" });
    expect(displayInterval(3 * 1440)).toEqual({ value: 3, unit: "day" });
    expect(displayInterval(45 * 1440)).toEqual({ value: 1.5, unit: "month" });
    expect(displayInterval(730 * 1440)).toEqual({ value: 2, unit: "year" });
  });
});

describe("undoReview", () => {
  const s = createScheduler({ enableFuzz: true });

  test("restores exactly the card before, from every state", () => {
    let card = newCardState(START);
    let now = START;
    const seenStates = new Set<number>();
    for (const rating of [3, 1, 3, 3, 3, 1, 2, 3, 4] as Grade[]) {
      const { card: after, log } = s.scheduleReview(card, rating, now);
      seenStates.add(card.state);
      expect(s.undoReview(after, log)).toEqual(card);
      card = after;
      now = new Date(Math.max(card.due.getTime(), now.getTime()) + 3_600_000);
    }
    expect([...seenStates].sort()).toEqual([0, 1, 2, 3]);
  });

  test("restores the lapse count after Again on a review card", () => {
    const card = reviewCard(0.9);
    const { card: after, log } = s.scheduleReview(card, 1, card.due);
    expect(after.lapses).toBe(card.lapses + 1);
    expect(s.undoReview(after, log).lapses).toBe(card.lapses);
  });

  test("refuses to undo a review that is not the latest", () => {
    const card = reviewCard(0.9);
    const first = s.scheduleReview(card, 3, card.due);
    const second = s.scheduleReview(first.card, 3, first.card.due);
    expect(() => s.undoReview(second.card, first.log)).toThrow(UndoMismatchError);
  });

  test("refuses when the rollback disagrees with the stored snapshot", () => {
    const card = reviewCard(0.9);
    const { card: after, log } = s.scheduleReview(card, 3, card.due);
    const tampered = { ...log, stability: log.stability + 1 };
    expect(() => s.undoReview(after, tampered)).toThrow(UndoMismatchError);
  });
});

test("rating outside 1..4 is rejected", () => {
  expect(() => createScheduler().scheduleReview(newCardState(START), 0 as Grade, START)).toThrow(RangeError);
  expect(Rating.Again).toBe(1);
});

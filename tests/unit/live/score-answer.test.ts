import { ALMOST_CREDIT, BASE_POINTS, MAX_POINTS, scoreLiveAnswer, type ScoreInput } from "@/app/_domain/live/score-answer";
import { ANSWER_GRACE_MS } from "@/app/_domain/live/answer-deadline";

const T0 = 1_000_000;
const right = (over: Partial<ScoreInput> = {}): ScoreInput => ({
  verdict: "correct", gradeScore: 1, openedAt: T0, answeredAt: T0, timerSeconds: 20, speedScoring: true, ...over,
});

describe("speed scoring on a timed question", () => {
  test("a right answer at the opening instant earns the maximum", () => {
    expect(scoreLiveAnswer(right())).toBe(MAX_POINTS);
  });
  test("points fall linearly to the base at the deadline", () => {
    expect(scoreLiveAnswer(right({ answeredAt: T0 + 5_000 }))).toBe(875);
    expect(scoreLiveAnswer(right({ answeredAt: T0 + 10_000 }))).toBe(750);
    expect(scoreLiveAnswer(right({ answeredAt: T0 + 20_000 }))).toBe(BASE_POINTS);
  });
  test("inside the grace a right answer keeps the base, never less", () => {
    expect(scoreLiveAnswer(right({ answeredAt: T0 + 20_000 + ANSWER_GRACE_MS }))).toBe(BASE_POINTS);
  });
  test("a clock a little behind the opening does not earn more than the maximum", () => {
    expect(scoreLiveAnswer(right({ answeredAt: T0 - 50 }))).toBe(MAX_POINTS);
  });
  test("each point is rounded to an integer", () => {
    expect(Number.isInteger(scoreLiveAnswer(right({ answeredAt: T0 + 1_234 })))).toBe(true);
  });
});

test("speed off or untimed: a fixed score whenever the answer comes", () => {
  for (const at of [T0, T0 + 10_000, T0 + 20_000]) {
    expect(scoreLiveAnswer(right({ answeredAt: at, speedScoring: false }))).toBe(MAX_POINTS);
    expect(scoreLiveAnswer(right({ answeredAt: at, timerSeconds: null }))).toBe(MAX_POINTS);
  }
  expect(scoreLiveAnswer(right({ answeredAt: T0 + 3_600_000, timerSeconds: null }))).toBe(MAX_POINTS);
});

test("a wrong answer earns nothing, fast or not", () => {
  expect(scoreLiveAnswer(right({ verdict: "wrong", gradeScore: 0 }))).toBe(0);
  expect(scoreLiveAnswer(right({ verdict: "wrong", gradeScore: 0, speedScoring: false }))).toBe(0);
});

test("'almost' earns half, whatever the grader's score", () => {
  expect(ALMOST_CREDIT).toBe(0.5);
  expect(scoreLiveAnswer(right({ verdict: "almost", gradeScore: 1 }))).toBe(500);
  expect(scoreLiveAnswer(right({ verdict: "almost", gradeScore: 1, answeredAt: T0 + 20_000 }))).toBe(250);
  expect(scoreLiveAnswer(right({ verdict: "almost", gradeScore: 1, speedScoring: false }))).toBe(500);
});

test("an ordering partly right earns its share", () => {
  expect(scoreLiveAnswer(right({ verdict: "wrong", gradeScore: 0.5 }))).toBe(500);
  expect(scoreLiveAnswer(right({ verdict: "wrong", gradeScore: 0.5, answeredAt: T0 + 20_000 }))).toBe(250);
});

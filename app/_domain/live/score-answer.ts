// Points for one live answer.
//
//   credit  = 1 for a right answer, ALMOST_CREDIT (½) for "almost" (a typo in a typed answer), the share
//             of positions right for an ordering, 0 for a wrong one
//   t       = clamp((answeredAt − openedAt) / (deadline − openedAt), 0, 1)   (share of the time used)
//   timed, speed on:  points = round(credit × (BASE_POINTS + SPEED_POINTS × (1 − t)))
//   speed off, or untimed:  points = round(credit × MAX_POINTS)
//
// with BASE_POINTS = 500, SPEED_POINTS = 500, MAX_POINTS = 1000. A right answer at the opening instant
// earns 1000, at the deadline 500, and inside the grace after it still 500 (t is clamped). An answer
// after the grace is refused before it is scored (see answer-deadline.ts).
import type { Verdict } from "@/app/_domain/quiz/grade-answer";

export const BASE_POINTS = 500;
export const SPEED_POINTS = 500;
export const MAX_POINTS = BASE_POINTS + SPEED_POINTS;
export const ALMOST_CREDIT = 0.5;

export interface ScoreInput {
  verdict: Verdict;
  /** The grader's 0–1 score (partial credit for ordering). */
  gradeScore: number;
  openedAt: number;
  answeredAt: number;
  /** null: untimed. */
  timerSeconds: number | null;
  speedScoring: boolean;
}

export function creditOf(verdict: Verdict, gradeScore: number): number {
  if (verdict === "almost") return ALMOST_CREDIT;
  return Math.min(1, Math.max(0, gradeScore));
}

export function scoreLiveAnswer(input: ScoreInput): number {
  const credit = creditOf(input.verdict, input.gradeScore);
  if (credit === 0) return 0;
  if (!input.speedScoring || input.timerSeconds === null) return Math.round(credit * MAX_POINTS);
  const used = (input.answeredAt - input.openedAt) / (input.timerSeconds * 1000);
  const t = Math.min(1, Math.max(0, used));
  return Math.round(credit * (BASE_POINTS + SPEED_POINTS * (1 - t)));
}

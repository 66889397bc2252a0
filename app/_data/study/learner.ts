// The learner fields the study feature reads, and a scheduler per desired retention.
import { createScheduler, type Scheduler } from "../../_domain/srs/scheduler";
import { normalizeTimeZone } from "../../_domain/srs/learner-day";
import { parseDirections, type CardDirection } from "../../_schemas/study";

export type StudyLearner = {
  id: string;
  timeZone: string;
  desiredRetention: number;
  newCardsPerDay: number;
  /** JSON array, as stored in User.directions */
  directions: string;
};

export const studyLearnerSelect = { id: true, timeZone: true, desiredRetention: true, newCardsPerDay: true, directions: true } as const;

const schedulers = new Map<number, Scheduler>();

/** Fuzz is on (as in Anki): ts-fsrs seeds it from the review itself, so it stays reproducible. */
export function schedulerFor(learner: Pick<StudyLearner, "desiredRetention">): Scheduler {
  const retention = learner.desiredRetention > 0 && learner.desiredRetention < 1 ? learner.desiredRetention : 0.9;
  let scheduler = schedulers.get(retention);
  if (!scheduler) schedulers.set(retention, (scheduler = createScheduler({ desiredRetention: retention, enableFuzz: true })));
  return scheduler;
}

export function learnerTimeZone(learner: Pick<StudyLearner, "timeZone">): string {
  return normalizeTimeZone(learner.timeZone);
}

export function learnerDirections(learner: Pick<StudyLearner, "directions">): CardDirection[] {
  return parseDirections(learner.directions);
}

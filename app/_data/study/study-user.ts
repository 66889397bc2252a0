// The user fields the study feature reads, and a scheduler per desired retention.
import { createScheduler, type Scheduler } from "../../_domain/srs/scheduler";
import { normalizeTimeZone } from "../../_domain/srs/learner-day";
import { parseDirections, type CardDirection } from "../../_schemas/study";

/** The columns of User that studying needs. */
export type StudyUser = {
  id: string;
  timeZone: string;
  desiredRetention: number;
  newCardsPerDay: number;
  /** JSON array, as stored in User.directions */
  directions: string;
};

export const studyUserSelect = { id: true, timeZone: true, desiredRetention: true, newCardsPerDay: true, directions: true } as const;

const schedulers = new Map<number, Scheduler>();

/** Fuzz is on (as in Anki): ts-fsrs seeds it from the review itself, so it stays reproducible. */
export function schedulerFor(user: Pick<StudyUser, "desiredRetention">): Scheduler {
  const retention = user.desiredRetention > 0 && user.desiredRetention < 1 ? user.desiredRetention : 0.9;
  let scheduler = schedulers.get(retention);
  if (!scheduler) schedulers.set(retention, (scheduler = createScheduler({ desiredRetention: retention, enableFuzz: true })));
  return scheduler;
}

export function userTimeZone(user: Pick<StudyUser, "timeZone">): string {
  return normalizeTimeZone(user.timeZone);
}

export function userDirections(user: Pick<StudyUser, "directions">): CardDirection[] {
  return parseDirections(user.directions);
}

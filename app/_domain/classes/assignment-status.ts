// Where a student stands on an assignment, and which of their attempts counts.

export const ASSIGNMENT_STATUSES = ["notStarted", "inProgress", "done", "late"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export type RetakePolicy = "none" | "best" | "last";

export interface AttemptFacts {
  id: string;
  createdAt: Date;
  finishedAt: Date | null;
  score: number;
  total: number;
}

/**
 * The finished attempt that counts: the first one unless retakes are allowed, then the best (the
 * earliest of equal scores) or the last. Null when none is finished.
 */
export function countedAttempt<A extends AttemptFacts>(attempts: readonly A[], policy: RetakePolicy): A | null {
  const finished = attempts.filter((a) => a.finishedAt).sort((a, b) => a.finishedAt!.getTime() - b.finishedAt!.getTime());
  if (finished.length === 0) return null;
  if (policy === "last") return finished[finished.length - 1];
  if (policy === "best") return finished.reduce((best, a) => (a.score / a.total > best.score / best.total ? a : best));
  return finished[0];
}

/**
 * A quiz assignment: done (or late, when the counted attempt finished after the due date) once an
 * attempt is finished; in progress while one is open.
 */
export function quizAssignmentStatus(attempts: readonly AttemptFacts[], policy: RetakePolicy, dueAt: Date): AssignmentStatus {
  const counted = countedAttempt(attempts, policy);
  if (counted) return counted.finishedAt! > dueAt ? "late" : "done";
  return attempts.length > 0 ? "inProgress" : "notStarted";
}

/**
 * A study assignment: done when every card of the deck has been reviewed at least once by the due date;
 * late when that happened only after it; in progress once some were.
 */
export function studyAssignmentStatus(
  cardsInDeck: number,
  reviewedByDue: number,
  reviewedEver: number,
): AssignmentStatus {
  if (cardsInDeck > 0 && reviewedByDue >= cardsInDeck) return "done";
  if (cardsInDeck > 0 && reviewedEver >= cardsInDeck) return "late";
  return reviewedEver > 0 ? "inProgress" : "notStarted";
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

"use server";
// Stores one answer (idempotent by request id) and returns the next card to show.
import { requireLearner } from "@/app/_data/auth/current-learner";
import { loadQueue, recordReview } from "@/app/_data/study/service";
import type { QueueView } from "@/app/_data/study/queue";
import { submitReviewSchema, studyErrorCode, type StudyErrorCode, type SubmitReviewInput } from "@/app/_schemas/study";
import type { Grade } from "@/app/_domain/srs/review-log";

export type SubmitReviewResult =
  | { ok: true; reviewId: string; next: QueueView }
  | { ok: false; error: StudyErrorCode; next?: QueueView };

export async function submitReview(input: SubmitReviewInput): Promise<SubmitReviewResult> {
  const parsed = submitReviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: studyErrorCode(parsed.error.issues) };
  const { cardId, rating, requestId, durationMs, decks } = parsed.data;
  const learner = await requireLearner();
  const outcome = await recordReview(learner, { cardId, rating: rating as Grade, requestId, durationMs });
  const next = (await loadQueue(learner, decks)) ?? (await loadQueue(learner, []));
  if (!outcome.ok) return { ok: false, error: outcome.error, next: next ?? undefined };
  return { ok: true, reviewId: outcome.reviewId, next: next! };
}

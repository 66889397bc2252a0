"use server";
// Takes back the learner's last answer and returns the queue with that card first again.
import { requireLearner } from "@/app/_data/auth/current-learner";
import { loadQueue, takeBackReview } from "@/app/_data/study/service";
import type { QueueView } from "@/app/_data/study/queue";
import { undoReviewSchema, studyErrorCode, type StudyErrorCode, type UndoReviewInput } from "@/app/_schemas/study";

export type UndoReviewResult = { ok: true; next: QueueView } | { ok: false; error: StudyErrorCode };

export async function undoReview(input: UndoReviewInput): Promise<UndoReviewResult> {
  const parsed = undoReviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: studyErrorCode(parsed.error.issues) };
  const learner = await requireLearner();
  const outcome = await takeBackReview(learner, { reviewId: parsed.data.reviewId, requestId: parsed.data.requestId });
  if (!outcome.ok) return { ok: false, error: outcome.error };
  const next = (await loadQueue(learner, parsed.data.decks, outcome.cardId)) ?? (await loadQueue(learner, [], outcome.cardId));
  return { ok: true, next: next! };
}

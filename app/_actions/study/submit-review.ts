"use server";
// Stores one answer (idempotent by request id) and returns the next card to show.
import { loadQueue, recordReview } from "@/app/_data/study/service";
import type { QueueView } from "@/app/_data/study/queue";
import { submitReviewSchema, type StudyErrorCode } from "@/app/_schemas/study";
import type { Grade } from "@/app/_domain/srs/review-log";
import { defineAction } from "../safe-action";

export type SubmitReviewOutcome = { ok: true; reviewId: string; next: QueueView } | { ok: false; error: StudyErrorCode; next?: QueueView };

export const submitReviewAction = defineAction({ caller: "user", errors: "study" }, submitReviewSchema).action(
  async ({ parsedInput: { cardId, rating, requestId, durationMs, decks }, ctx }): Promise<SubmitReviewOutcome> => {
    const user = ctx.user!;
    const outcome = await recordReview(user, { cardId, rating: rating as Grade, requestId, durationMs });
    const next = (await loadQueue(user, decks)) ?? (await loadQueue(user, []));
    if (!outcome.ok) return { ok: false, error: outcome.error, next: next ?? undefined };
    return { ok: true, reviewId: outcome.reviewId, next: next! };
  },
);

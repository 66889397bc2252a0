"use server";
// Takes back the user's last answer and returns the queue with that card first again.
import { loadQueue, takeBackReview } from "@/app/_data/study/service";
import type { QueueView } from "@/app/_data/study/queue";
import { undoReviewSchema, type StudyErrorCode } from "@/app/_schemas/study";
import { defineAction } from "../safe-action";

export type UndoReviewOutcome = { ok: true; next: QueueView } | { ok: false; error: StudyErrorCode };

export const undoReviewAction = defineAction({ caller: "user", errors: "study" }, undoReviewSchema).action(
  async ({ parsedInput: { reviewId, requestId, decks }, ctx }): Promise<UndoReviewOutcome> => {
    const user = ctx.user!;
    const outcome = await takeBackReview(user, { reviewId, requestId });
    if (!outcome.ok) return { ok: false, error: outcome.error };
    const next = (await loadQueue(user, decks, outcome.cardId)) ?? (await loadQueue(user, [], outcome.cardId));
    return { ok: true, next: next! };
  },
);

// A player who is also a learner gets each class answer recorded as a review of their own card for
// that fact or term: right → Good, "almost" → Hard, wrong → Again, through the same FSRS scheduling
// and review log as the study screen (storeReview, kind "class"). Idempotent: the request id is made
// from the game, the question and the item, so a replayed answer or a retried call reviews nothing twice.
// A learner with no card yet for the item gets one (in their enabled directions) first.
import type { Db } from "../prisma-client";
import type { Verdict } from "../../_domain/quiz/grade-answer";
import type { Grade } from "../../_domain/srs/review-log";
import type { RevealItem } from "../../_domain/quiz/types";
import { newCardState } from "../../_domain/srs/card-state";
import { parseDirections, TERM_DIRECTIONS } from "../../_schemas/study";
import { storeReview } from "../study/review";
import { studyUserSelect } from "../study/study-user";
import { isUniqueViolation } from "../db-helpers/prisma-errors";

export const RATING_OF: Record<Verdict, Grade> = { correct: 3, almost: 2, wrong: 1 };

export interface ClassAnswer {
  userId: string;
  sessionId: string;
  questionIndex: number;
  verdict: Verdict;
  lang: "ja" | "en";
  items: Pick<RevealItem, "kind" | "key">[];
  answeredAt: Date;
}

export async function feedFlashcards(db: Db, answer: ClassAnswer): Promise<number> {
  const user = await db.user.findUnique({ where: { id: answer.userId }, select: studyUserSelect });
  if (!user) return 0;
  let reviewed = 0;
  for (const item of answer.items) {
    const row =
      item.kind === "fact"
        ? await db.fact.findUnique({ where: { key: item.key }, select: { id: true } })
        : await db.term.findUnique({ where: { key: item.key }, select: { id: true } });
    if (!row) continue;
    const noteKey = `${item.kind}:${row.id}`;
    let cards = await db.card.findMany({ where: { userId: user.id, noteKey }, select: { id: true, direction: true } });
    if (cards.length === 0) {
      const enabled = parseDirections(user.directions).filter((d) => item.kind === "fact" || (TERM_DIRECTIONS as readonly string[]).includes(d));
      const directions = enabled.length ? enabled : [`${answer.lang}-${answer.lang}`];
      try {
        await db.card.createMany({
          data: directions.map((direction) => ({
            userId: user.id,
            noteKey,
            factId: item.kind === "fact" ? row.id : null,
            termId: item.kind === "term" ? row.id : null,
            direction,
            ...newCardState(answer.answeredAt),
          })),
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      cards = await db.card.findMany({ where: { userId: user.id, noteKey }, select: { id: true, direction: true } });
    }
    // The card the player just practised: prompted in the language they answered in, if they have one.
    const card = cards.find((c) => c.direction.startsWith(`${answer.lang}-`)) ?? cards[0];
    if (!card) continue;
    const outcome = await storeReview(
      db,
      user,
      { cardId: card.id, rating: RATING_OF[answer.verdict], requestId: `live:${answer.sessionId}:${answer.questionIndex}:${item.kind}:${item.key}`, kind: "class" },
      answer.answeredAt,
    );
    if (outcome.ok && !outcome.duplicate) reviewed += 1;
  }
  return reviewed;
}

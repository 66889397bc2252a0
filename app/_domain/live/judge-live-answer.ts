// Everything the server decides about one submitted answer, in one pure step: may it be stored (an open
// question, the current one, a seated player, in time), how it grades in the player's language, and
// what it earns. The caller stores the result under the (player, question) unique index, so a retried
// submission replays the stored judgment instead of being judged again.
import type { GradeResult, Verdict } from "@/app/_domain/quiz/grade-answer";
import type { Lang } from "@/app/_domain/quiz/types";
import { checkAnswerAccepted, type AnswerRefusal } from "./answer-deadline";
import type { GameState } from "./game-state";
import type { LiveQuestion } from "./generate-live-questions";
import { gradeLiveAnswer } from "./grade-live-answer";
import { scoreLiveAnswer } from "./score-answer";

export interface LiveAnswerSubmission {
  playerId: string;
  questionIndex: number;
  lang: Lang;
  response: unknown;
}

export type LiveAnswerJudgment =
  | { accepted: false; reason: AnswerRefusal }
  | {
      accepted: true;
      verdict: Verdict;
      /** Right or "almost" (as self-study counts it); a partly right ordering is not. */
      correct: boolean;
      points: number;
      /** From the question's opening to the answer's arrival, never negative. */
      elapsedMs: number;
      grade: GradeResult;
    };

export function judgeLiveAnswer(
  state: GameState,
  questions: readonly LiveQuestion[],
  submission: LiveAnswerSubmission,
  now: number,
): LiveAnswerJudgment {
  const check = checkAnswerAccepted(state, submission.playerId, submission.questionIndex, now);
  if (!check.ok) return { accepted: false, reason: check.reason };
  const question = questions[state.questionIndex];
  const openedAt = state.questionOpenedAt;
  if (!question || openedAt === null) return { accepted: false, reason: "no_open_question" };
  const grade = gradeLiveAnswer(question, submission.lang, submission.response);
  const points = scoreLiveAnswer({
    verdict: grade.verdict,
    gradeScore: grade.score,
    openedAt,
    answeredAt: now,
    timerSeconds: state.settings.timerSeconds,
    speedScoring: state.settings.speedScoring,
  });
  return {
    accepted: true,
    verdict: grade.verdict,
    correct: grade.verdict !== "wrong",
    points,
    elapsedMs: Math.max(0, now - openedAt),
    grade,
  };
}

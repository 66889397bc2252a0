import "server-only";
// The quiz feature's entry points for pages and actions. Who is asking is decided here, once: every
// attempt is read and answered only as the current learner's (someone else's attempt is "not found").
// The work is in the modules beside this one, which take the database first so tests run them on
// SQLite and PostgreSQL.
import { db } from "../db";
import { getCurrentLearner, requireLearner } from "../auth/current-learner";
import { createAttempt, createRetryAttempt, type StartOutcome } from "./start-attempt";
import { gradeAndStoreAnswer, type AnswerInput } from "./answer-question";
import { firstUnanswered, getQuestionPage, getResults } from "./attempt-views";
import type { QuizConfig } from "../../_domain/quiz/types";
import type { AnswerOutcome, QuestionPageView, ResultsView } from "./views";

/** Creates a guest on first use, so starting a quiz needs no sign-up. */
export async function startQuiz(config: QuizConfig, uiLocale: string): Promise<StartOutcome> {
  const learner = await requireLearner({ uiLocale });
  return createAttempt(db, learner.id, config);
}

export async function retryMissedQuestions(attemptId: string, seed: string): Promise<StartOutcome> {
  const learner = await getCurrentLearner();
  return learner ? createRetryAttempt(db, learner.id, attemptId, seed) : { ok: false, error: "notFound" };
}

export async function submitAnswer(input: AnswerInput): Promise<AnswerOutcome> {
  const learner = await getCurrentLearner();
  return learner ? gradeAndStoreAnswer(db, learner.id, input) : { ok: false, error: "notFound" };
}

export async function loadQuestionPage(attemptId: string, position: number): Promise<QuestionPageView | null> {
  const learner = await getCurrentLearner();
  return learner ? getQuestionPage(db, learner.id, attemptId, position) : null;
}

export async function loadFirstUnanswered(attemptId: string): Promise<{ position: number | null } | null> {
  const learner = await getCurrentLearner();
  return learner ? firstUnanswered(db, learner.id, attemptId) : null;
}

export async function loadResults(attemptId: string): Promise<ResultsView | null> {
  const learner = await getCurrentLearner();
  return learner ? getResults(db, learner.id, attemptId) : null;
}

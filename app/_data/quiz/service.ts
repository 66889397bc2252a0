import "server-only";
// The quiz feature's entry points for pages and actions. Every attempt is read and answered only as
// its own user's (someone else's attempt is "not found"): actions pass the user the action wrapper
// resolved; pages' loaders ask getCurrentUser. The work is in the modules beside this one, which take
// the database first so tests run them on SQLite and PostgreSQL.
import { db } from "../db";
import { getCurrentUser, type User } from "../auth/current-user";
import { createAttempt, createRetryAttempt, type StartOutcome } from "./start-attempt";
import { gradeAndStoreAnswer, type AnswerInput } from "./answer-question";
import { firstUnanswered, getQuestionPage, getResults } from "./attempt-views";
import type { QuizConfig } from "../../_domain/quiz/types";
import type { AnswerOutcome, QuestionPageView, ResultsView } from "./views";

/** `startUser` (a guest is made on first use, so a quiz needs no sign-up) is called only once the quiz can be made. */
export async function startQuiz(config: QuizConfig, startUser: () => Promise<User>): Promise<StartOutcome> {
  return createAttempt(db, async () => (await startUser()).id, config);
}

export async function retryMissedQuestions(user: User, attemptId: string, seed: string): Promise<StartOutcome> {
  return createRetryAttempt(db, user.id, attemptId, seed);
}

export async function submitAnswer(user: User, input: AnswerInput): Promise<AnswerOutcome> {
  return gradeAndStoreAnswer(db, user.id, input);
}

export async function loadQuestionPage(attemptId: string, position: number): Promise<QuestionPageView | null> {
  const user = await getCurrentUser();
  return user ? getQuestionPage(db, user.id, attemptId, position) : null;
}

export async function loadFirstUnanswered(attemptId: string): Promise<{ position: number | null } | null> {
  const user = await getCurrentUser();
  return user ? firstUnanswered(db, user.id, attemptId) : null;
}

export async function loadResults(attemptId: string): Promise<ResultsView | null> {
  const user = await getCurrentUser();
  return user ? getResults(db, user.id, attemptId) : null;
}

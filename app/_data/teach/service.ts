import "server-only";
// The teacher's saved quizzes and past games, for pages and actions. Pages ask who is asking through
// getCurrentUser (a non-teacher gets nothing); actions pass the user the action wrapper checked.
import { db } from "../db";
import { getCurrentUser, type User } from "../auth/current-user";
import { can } from "../auth/roles";
import { createSavedQuiz, deleteSavedQuiz, getSavedQuiz, listSavedQuizzes, updateSavedQuiz } from "./saved-quizzes";
import { listPastGames } from "./past-games";
import type { SavedQuiz } from "../../_schemas/saved-quiz";

/** The signed-in teacher (or admin), or null. */
export async function currentTeacher(): Promise<User | null> {
  const user = await getCurrentUser();
  return user && can(user.role, "teach") ? user : null;
}

export async function loadTeachHome(teacher: User) {
  const [quizzes, games] = await Promise.all([listSavedQuizzes(db, teacher.id), listPastGames(db, teacher.id)]);
  return { quizzes, games };
}

export const loadSavedQuiz = (teacher: User, id: string) => getSavedQuiz(db, teacher.id, id);
export const saveNewQuiz = (teacher: User, values: SavedQuiz) => createSavedQuiz(db, teacher.id, values);
export const saveQuiz = (teacher: User, id: string, values: SavedQuiz) => updateSavedQuiz(db, teacher.id, id, values);
export const removeSavedQuiz = (teacher: User, id: string) => deleteSavedQuiz(db, teacher.id, id);

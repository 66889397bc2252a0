import "server-only";
// Classes, assignments and reports for pages, actions and the CSV routes. Teachers' entry points take the
// teacher the action wrapper (or currentTeacher) checked; students' take the signed-in user. Every read
// is scoped to that user in the modules beside this one, which take the database first.
import { db } from "../db";
import { getCurrentUser, type User } from "../auth/current-user";
import * as classes from "./classes";
import * as assignments from "./assignments";
import * as reports from "./reports";
import type { AssignmentValues } from "../../_schemas/classes";

export const createTeacherClass = (teacher: User, name: string) => classes.createClass(db, teacher.id, name);
export const renameTeacherClass = (teacher: User, classId: string, name: string) => classes.renameClass(db, teacher.id, classId, name);
export const archiveTeacherClass = (teacher: User, classId: string, archived: boolean) => classes.setClassArchived(db, teacher.id, classId, archived);
export const loadTeacherClasses = (teacher: User) => classes.listTeacherClasses(db, teacher.id);
export const loadTeacherClass = (teacher: User, classId: string) => classes.getTeacherClass(db, teacher.id, classId);
export const loadRoster = (teacher: User, classId: string) => classes.getRoster(db, teacher.id, classId);
export const removeClassMember = (teacher: User, classId: string, userId: string) => classes.removeMember(db, teacher.id, classId, userId);

export const assignToClass = (teacher: User, values: AssignmentValues) => assignments.createAssignment(db, teacher.id, values, teacher.timeZone);
export const removeAssignment = (teacher: User, assignmentId: string) => assignments.deleteAssignment(db, teacher.id, assignmentId);
export const loadClassAssignments = (teacher: User, classId: string) => assignments.listClassAssignments(db, teacher.id, classId);
export const loadAssignmentReport = (teacher: User, assignmentId: string) => reports.assignmentReport(db, teacher.id, assignmentId);
export const assignMissed = (teacher: User, classId: string, title: string, direction: "ja-ja" | "en-en") =>
  reports.assignMissedFacts(db, teacher.id, classId, title, direction);
export const loadMissedFacts = (teacher: User, classId: string) => reports.classMissedFacts(db, teacher.id, classId);

export const joinClassByCode = (user: User, code: string) => classes.joinClass(db, user, code);
export const leaveMyClass = (user: User, classId: string) => classes.leaveClass(db, user.id, classId);
export const startMyAssignment = (user: User, assignmentId: string) => assignments.startAssignment(db, user.id, assignmentId);
export const findClassByCode = (code: string) => classes.classByCode(db, code);

/** The signed-in user's classes (empty for a visitor). */
export async function loadMyClasses() {
  const user = await getCurrentUser();
  return user ? classes.listMyClasses(db, user.id) : [];
}

/** "Assigned to me" for the signed-in user (empty for a visitor or a guest in no class). */
export async function loadMyAssignments() {
  const user = await getCurrentUser();
  return user ? assignments.listMyAssignments(db, user.id) : [];
}

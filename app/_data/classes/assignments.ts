// Assignments: created by the class's teacher, seen and taken by its members. A quiz assignment is taken
// as a normal quiz attempt linked by QuizAttempt.assignmentId; every student gets the same questions
// (the assignment's one seed). A study assignment is done when every fact and term of the deck (sub-decks
// included) has been reviewed at least once by the due date.
import { randomBytes } from "node:crypto";
import type { Db } from "../prisma-client";
import { fromLocalInput, isTimeZone } from "../../_domain/classes/zoned-time";
import { quizAssignmentStatus, studyAssignmentStatus, type AssignmentStatus } from "../../_domain/classes/assignment-status";
import { decksUnder } from "../../_domain/decks/deck-tree";
import type { AssignmentValues } from "../../_schemas/classes";
import { createAttempt, createAttemptOfFacts } from "../quiz/start-attempt";
import { getSavedQuiz, readFactKeys, readSetup, savedQuizConfig } from "../teach/saved-quizzes";

export type CreateAssignmentOutcome =
  | { ok: true; id: string }
  | { ok: false; error: "notFound" | "classArchived" | "dateInvalid" | "unknownDeck"; field?: "quizId" | "opensAt" | "dueAt" | "deck" };

/** Wall-clock times in the teacher's zone (the form's, if Intl knows it, else the account's) become instants. */
export async function createAssignment(
  db: Db,
  ownerId: string,
  values: AssignmentValues,
  accountTimeZone: string,
  seed: string = randomBytes(6).toString("base64url"),
): Promise<CreateAssignmentOutcome> {
  const owned = await db.class.findFirst({ where: { id: values.classId, ownerId }, select: { archivedAt: true } });
  if (!owned) return { ok: false, error: "notFound" };
  if (owned.archivedAt) return { ok: false, error: "classArchived" };
  const timeZone = values.timeZone && isTimeZone(values.timeZone) ? values.timeZone : isTimeZone(accountTimeZone) ? accountTimeZone : "UTC";
  const opensAt = fromLocalInput(values.opensAt, timeZone);
  const dueAt = fromLocalInput(values.dueAt, timeZone);
  if (!opensAt) return { ok: false, error: "dateInvalid", field: "opensAt" };
  if (!dueAt || dueAt <= opensAt) return { ok: false, error: "dateInvalid", field: "dueAt" };
  const common = { classId: values.classId, ownerId, title: values.title, opensAt, dueAt, retakes: values.retakes };
  if (values.kind === "quiz") {
    const quiz = await getSavedQuiz(db, ownerId, values.quizId);
    if (!quiz) return { ok: false, error: "notFound", field: "quizId" };
    const row = await db.assignment.create({ data: { ...common, kind: "quiz", quizId: quiz.id, seed }, select: { id: true } });
    return { ok: true, id: row.id };
  }
  const deck = await db.deck.findUnique({ where: { key: values.deck }, select: { id: true } });
  if (!deck) return { ok: false, error: "unknownDeck", field: "deck" };
  const row = await db.assignment.create({ data: { ...common, kind: "study", deckId: deck.id, retakes: "none" }, select: { id: true } });
  return { ok: true, id: row.id };
}

export async function deleteAssignment(db: Db, ownerId: string, assignmentId: string): Promise<boolean> {
  return (await db.assignment.deleteMany({ where: { id: assignmentId, ownerId } })).count === 1;
}

export type AssignmentRow = {
  id: string;
  classId: string;
  kind: "quiz" | "study";
  title: string;
  opensAt: Date;
  dueAt: Date;
  retakes: "none" | "best" | "last";
  quizId: string | null;
  deckId: string | null;
  deckKey: string | null;
};

const assignmentSelect = {
  id: true,
  classId: true,
  kind: true,
  title: true,
  opensAt: true,
  dueAt: true,
  retakes: true,
  quizId: true,
  deckId: true,
  deck: { select: { key: true } },
} as const;
type SelectedAssignment = Omit<AssignmentRow, "deckKey"> & { deck: { key: string } | null };
const toRow = ({ deck, ...a }: SelectedAssignment): AssignmentRow => ({ ...a, deckKey: deck?.key ?? null });

/** The class's assignments for its teacher (null: not their class). */
export async function listClassAssignments(db: Db, ownerId: string, classId: string): Promise<AssignmentRow[] | null> {
  const owned = await db.class.count({ where: { id: classId, ownerId } });
  if (!owned) return null;
  const rows = await db.assignment.findMany({ where: { classId }, orderBy: [{ dueAt: "desc" }, { id: "asc" }], select: assignmentSelect });
  return rows.map(toRow);
}

/** One assignment for its teacher (null: not theirs). */
export async function getOwnedAssignment(db: Db, ownerId: string, assignmentId: string): Promise<AssignmentRow | null> {
  const row = await db.assignment.findFirst({ where: { id: assignmentId, ownerId }, select: assignmentSelect });
  return row ? toRow(row) : null;
}

/** Ids of the decks under a deck (itself included). */
export async function deckSubtreeIds(db: Db, deckKey: string): Promise<string[]> {
  const decks = await db.deck.findMany({ select: { id: true, key: true, parentId: true } });
  return (decksUnder(decks, [deckKey]) ?? []).map((d) => d.id);
}

/** Each user's status on one study assignment: distinct notes of the deck reviewed by the due date, and ever. */
export async function studyProgress(db: Db, assignment: AssignmentRow, userIds: string[]): Promise<Map<string, AssignmentStatus>> {
  const deckIds = assignment.deckKey ? await deckSubtreeIds(db, assignment.deckKey) : [];
  const [facts, terms] = await Promise.all([db.fact.count({ where: { deckId: { in: deckIds } } }), db.term.count({ where: { deckId: { in: deckIds } } })]);
  const notes = facts + terms;
  const reviews = await db.reviewLog.findMany({
    where: {
      userId: { in: userIds },
      kind: "review",
      card: { OR: [{ fact: { deckId: { in: deckIds } } }, { term: { deckId: { in: deckIds } } }] },
    },
    select: { userId: true, reviewedAt: true, card: { select: { noteKey: true } } },
  });
  const byDue = new Map<string, Set<string>>();
  const ever = new Map<string, Set<string>>();
  for (const r of reviews) {
    if (!ever.has(r.userId)) ever.set(r.userId, new Set());
    ever.get(r.userId)!.add(r.card.noteKey);
    if (r.reviewedAt <= assignment.dueAt) {
      if (!byDue.has(r.userId)) byDue.set(r.userId, new Set());
      byDue.get(r.userId)!.add(r.card.noteKey);
    }
  }
  return new Map(userIds.map((id) => [id, studyAssignmentStatus(notes, byDue.get(id)?.size ?? 0, ever.get(id)?.size ?? 0)]));
}

export type MyAssignment = AssignmentRow & { className: string; status: AssignmentStatus; open: boolean; attemptId: string | null };

/** "Assigned to me": the assignments of the student's classes (archived ones left out), soonest due first. */
export async function listMyAssignments(db: Db, userId: string, now = new Date()): Promise<MyAssignment[]> {
  const rows = await db.assignment.findMany({
    where: { class: { archivedAt: null, members: { some: { userId } } } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: { ...assignmentSelect, class: { select: { name: true } }, attempts: { where: { userId }, select: { id: true, createdAt: true, finishedAt: true, score: true, total: true } } },
  });
  const out: MyAssignment[] = [];
  for (const { class: klass, attempts, ...a } of rows) {
    const row = toRow(a);
    const status =
      row.kind === "quiz" ? quizAssignmentStatus(attempts, row.retakes, row.dueAt) : (await studyProgress(db, row, [userId])).get(userId)!;
    const open = attempts.find((t) => !t.finishedAt);
    out.push({ ...row, className: klass.name, status, open: row.opensAt <= now, attemptId: open?.id ?? attempts[0]?.id ?? null });
  }
  return out;
}

export type StartAssignmentOutcome =
  | { ok: true; kind: "quiz"; attemptId: string; finished: boolean }
  | { ok: true; kind: "study"; deckKey: string }
  | { ok: false; error: "notFound" | "notOpenYet" | "unknownDeck" | "noQuestions" };

/**
 * Opens an assignment for a member: an unfinished attempt is resumed; a finished one is shown again
 * unless retakes are allowed, in which case a new attempt (same questions) starts. Work after the due
 * date is accepted (and shown as late).
 */
export async function startAssignment(db: Db, userId: string, assignmentId: string, now = new Date()): Promise<StartAssignmentOutcome> {
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, class: { archivedAt: null, members: { some: { userId } } } },
    select: { ...assignmentSelect, ownerId: true, seed: true },
  });
  if (!a) return { ok: false, error: "notFound" };
  if (a.opensAt > now) return { ok: false, error: "notOpenYet" };
  if (a.kind === "study") return a.deck ? { ok: true, kind: "study", deckKey: a.deck.key } : { ok: false, error: "unknownDeck" };
  const attempts = await db.quizAttempt.findMany({ where: { userId, assignmentId }, orderBy: { createdAt: "asc" }, select: { id: true, finishedAt: true } });
  const unfinished = attempts.find((t) => !t.finishedAt);
  if (unfinished) return { ok: true, kind: "quiz", attemptId: unfinished.id, finished: false };
  if (attempts.length > 0 && a.retakes === "none") return { ok: true, kind: "quiz", attemptId: attempts[0].id, finished: true };
  const quiz = a.quizId ? await db.quiz.findUnique({ where: { id: a.quizId }, select: { config: true } }) : null;
  const setup = quiz ? readSetup(quiz.config) : null;
  if (!setup) return { ok: false, error: "notFound" };
  const factKeys = readFactKeys(quiz!.config);
  const config = savedQuizConfig(setup, a.seed);
  const started = factKeys ? await createAttemptOfFacts(db, userId, factKeys, config) : await createAttempt(db, userId, config);
  if (!started.ok) return { ok: false, error: started.error === "unknownDeck" ? "unknownDeck" : "noQuestions" };
  await db.quizAttempt.update({ where: { id: started.attemptId }, data: { assignmentId } });
  return { ok: true, kind: "quiz", attemptId: started.attemptId, finished: false };
}

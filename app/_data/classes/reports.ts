// What a teacher sees of the work done for their class: per assignment, the students × questions grid
// and the summary; per class, the facts missed most. Only current members and only attempts made for
// the class's assignments are read (never a student's own quizzes or flashcards); a student who leaves
// or deletes their data drops out of every report.
import type { Db } from "../prisma-client";
import { countedAttempt, mean, median, type AssignmentStatus } from "../../_domain/classes/assignment-status";
import { quizAssignmentStatus } from "../../_domain/classes/assignment-status";
import type { StoredQuestion } from "../quiz/attempt-store";
import { createAssignment, getOwnedAssignment, studyProgress, type AssignmentRow } from "./assignments";
import { createFactsQuiz } from "../teach/saved-quizzes";
import { toLocalInput } from "../../_domain/classes/zoned-time";

export type Cell = "correct" | "almost" | "wrong" | "blank";
export type ReportQuestion = {
  position: number;
  type: string;
  factKey: string | null;
  statementJa: string;
  statementEn: string;
  passage: string;
  locatorJa: string;
  locatorEn: string;
  shareRight: number | null;
};
export type ReportStudent = { userId: string; name: string; status: AssignmentStatus; score: number | null; finishedAt: Date | null; cells: Cell[] };
export type AssignmentReport = {
  assignment: AssignmentRow;
  className: string;
  questions: ReportQuestion[];
  students: ReportStudent[];
  completion: { done: number; late: number; total: number };
  meanScore: number | null;
  medianScore: number | null;
};

/** Null when the assignment is not the teacher's. Scores are shares of the questions (0–1). */
export async function assignmentReport(db: Db, ownerId: string, assignmentId: string): Promise<AssignmentReport | null> {
  const assignment = await getOwnedAssignment(db, ownerId, assignmentId);
  if (!assignment) return null;
  const klass = await db.class.findUniqueOrThrow({ where: { id: assignment.classId }, select: { name: true } });
  const members = await db.classMember.findMany({
    where: { classId: assignment.classId },
    orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
    select: { user: { select: { id: true, displayName: true, username: true } } },
  });
  const userIds = members.map((m) => m.user.id);
  const nameOf = new Map(members.map((m) => [m.user.id, m.user.displayName || m.user.username || ""]));

  if (assignment.kind === "study") {
    const statuses = await studyProgress(db, assignment, userIds);
    const students = userIds.map((userId) => ({ userId, name: nameOf.get(userId)!, status: statuses.get(userId)!, score: null, finishedAt: null, cells: [] }));
    return { assignment, className: klass.name, questions: [], students, completion: completionOf(students), meanScore: null, medianScore: null };
  }

  const attempts = await db.quizAttempt.findMany({
    where: { assignmentId, userId: { in: userIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, userId: true, createdAt: true, finishedAt: true, score: true, total: true, answers: { select: { position: true, verdict: true } } },
  });
  const byUser = new Map<string, typeof attempts>();
  for (const a of attempts) byUser.set(a.userId, [...(byUser.get(a.userId) ?? []), a]);

  // Every attempt of an assignment has the same questions (one seed): one attempt describes them.
  const sample = attempts[0] ? await db.quizAttempt.findUnique({ where: { id: attempts[0].id }, select: { questions: true } }) : null;
  const stored: StoredQuestion[] = sample ? JSON.parse(sample.questions) : [];

  const students: ReportStudent[] = userIds.map((userId) => {
    const mine = byUser.get(userId) ?? [];
    const counted = countedAttempt(mine, assignment.retakes);
    const cells: Cell[] = stored.map(() => "blank");
    for (const answer of counted?.answers ?? []) if (answer.position < cells.length) cells[answer.position] = answer.verdict;
    return {
      userId,
      name: nameOf.get(userId)!,
      status: quizAssignmentStatus(mine, assignment.retakes, assignment.dueAt),
      score: counted && counted.total > 0 ? counted.score / counted.total : null,
      finishedAt: counted?.finishedAt ?? null,
      cells,
    };
  });
  const finished = students.filter((s) => s.score !== null);
  const questions: ReportQuestion[] = stored.map((q, position) => {
    const reveal = q.reveal[0];
    const right = finished.filter((s) => s.cells[position] === "correct").length;
    return {
      position,
      type: q.public.type,
      factKey: reveal?.kind === "fact" ? reveal.key : null,
      statementJa: q.reveal.map((r) => r.statementJa).join(" / "),
      statementEn: q.reveal.map((r) => r.statementEn).join(" / "),
      passage: reveal?.passage ?? "",
      locatorJa: reveal?.locatorJa ?? "",
      locatorEn: reveal?.locatorEn ?? "",
      shareRight: finished.length ? right / finished.length : null,
    };
  });
  const scores = finished.map((s) => s.score!);
  return { assignment, className: klass.name, questions, students, completion: completionOf(students), meanScore: mean(scores), medianScore: median(scores) };
}

function completionOf(students: { status: AssignmentStatus }[]) {
  return {
    done: students.filter((s) => s.status === "done").length,
    late: students.filter((s) => s.status === "late").length,
    total: students.length,
  };
}

export type MissedFact = { factKey: string; statementJa: string; statementEn: string; passage: string; missed: number; answered: number };

/**
 * The facts the class misses most, from the answers its current members gave in the class's quiz
 * assignments (wrong and "almost" both count as missed). Live games are not linked to a class, so
 * they are not counted here.
 */
export async function classMissedFacts(db: Db, ownerId: string, classId: string, limit = 10): Promise<MissedFact[] | null> {
  const owned = await db.class.count({ where: { id: classId, ownerId } });
  if (!owned) return null;
  const where = { factId: { not: null }, attempt: { assignment: { classId }, user: { classSeats: { some: { classId } } } } };
  const [all, missed] = await Promise.all([
    db.quizAnswer.groupBy({ by: ["factId"], where, _count: { _all: true } }),
    db.quizAnswer.groupBy({ by: ["factId"], where: { ...where, verdict: { in: ["wrong", "almost"] } }, _count: { _all: true } }),
  ]);
  const answered = new Map(all.map((g) => [g.factId!, g._count._all]));
  const top = missed
    .map((g) => ({ factId: g.factId!, missed: g._count._all, answered: answered.get(g.factId!) ?? g._count._all }))
    .sort((a, b) => b.missed - a.missed || b.missed / b.answered - a.missed / a.answered || a.factId.localeCompare(b.factId))
    .slice(0, limit);
  const facts = await db.fact.findMany({ where: { id: { in: top.map((t) => t.factId) } }, select: { id: true, key: true, statementJa: true, statementEn: true, passage: true } });
  const byId = new Map(facts.map((f) => [f.id, f]));
  return top.flatMap((t) => {
    const f = byId.get(t.factId);
    return f ? [{ factKey: f.key, statementJa: f.statementJa, statementEn: f.statementEn, passage: f.passage, missed: t.missed, answered: t.answered }] : [];
  });
}

/**
 * "Assign the missed facts": a saved quiz of exactly the facts the class misses most, assigned to the
 * class from now for a week. Null when the class is not the teacher's; "nothingMissed" when there is
 * nothing to ask.
 */
export async function assignMissedFacts(
  db: Db,
  ownerId: string,
  classId: string,
  title: string,
  direction: "ja-ja" | "en-en",
  now = new Date(),
): Promise<{ ok: true; assignmentId: string; quizId: string; factKeys: string[] } | { ok: false; error: "notFound" | "nothingMissed" | "classArchived" }> {
  const missed = await classMissedFacts(db, ownerId, classId);
  if (!missed) return { ok: false, error: "notFound" };
  if (missed.length === 0) return { ok: false, error: "nothingMissed" };
  const factKeys = missed.map((m) => m.factKey);
  const setup = { deck: "all", tag: "", count: factKeys.length, types: ["multiple_choice", "true_false", "cloze"] as ("multiple_choice" | "true_false" | "cloze")[], direction, seed: "" };
  const quizId = await createFactsQuiz(db, ownerId, title, setup, factKeys);
  const week = new Date(now.getTime() + 7 * 24 * 3_600_000);
  const made = await createAssignment(
    db,
    ownerId,
    { classId, kind: "quiz", quizId, deck: "", title, opensAt: toLocalInput(now, "UTC"), dueAt: toLocalInput(week, "UTC"), retakes: "none", timeZone: "UTC" },
    "UTC",
  );
  if (!made.ok) return { ok: false, error: made.error === "classArchived" ? "classArchived" : "notFound" };
  return { ok: true, assignmentId: made.id, quizId, factKeys };
}

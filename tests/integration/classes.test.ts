// Classes and homework on real databases: who may read and change what (teacher of the class, another
// teacher, a student of the class, a non-member, a guest), statuses on time and late, the report grid,
// the facts the class misses, leaving and deleting one's data, and due dates typed across time zones.
import { describeEachDatabase } from "../support/test-database";
import { seedDefaultDeck } from "@/app/_data/seed-default-deck";
import type { Db } from "@/app/_data/prisma-client";
import { gradeAndStoreAnswer } from "@/app/_data/quiz/answer-question";
import { createAttempt } from "@/app/_data/quiz/start-attempt";
import type { StoredQuestion } from "@/app/_data/quiz/attempt-store";
import { deleteUserData } from "@/app/_data/user-data";
import { createSavedQuiz, deleteSavedQuiz, getSavedQuiz, listSavedQuizzes, updateSavedQuiz } from "@/app/_data/teach/saved-quizzes";
import { listPastGames } from "@/app/_data/teach/past-games";
import * as classes from "@/app/_data/classes/classes";
import * as assignments from "@/app/_data/classes/assignments";
import { assignMissedFacts, assignmentReport, classMissedFacts } from "@/app/_data/classes/reports";
import { assignmentSchema } from "@/app/_schemas/classes";
import { savedQuizSchema } from "@/app/_schemas/saved-quiz";
import { correctResponse, wrongResponse } from "./quiz-support";

const quizValues = savedQuizSchema.parse({ title: "ADMM-Plus basics", deck: "all", tag: "", count: "4", types: ["multiple_choice", "true_false"], direction: "en-ja", seed: "" });

async function person(db: Db, name: string, role: "learner" | "teacher" = "learner", claimed = true) {
  return db.user.create({ data: { username: claimed ? `${name}-${Math.random().toString(36).slice(2, 8)}` : null, displayName: name, role, timeZone: "Asia/Tokyo" } });
}

async function finishAttempt(db: Db, userId: string, attemptId: string, rightUpTo: number) {
  const questions: StoredQuestion[] = JSON.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).questions);
  for (const [position, q] of questions.entries())
    await gradeAndStoreAnswer(db, userId, { attemptId, position, response: position < rightUpTo ? correctResponse(q) : wrongResponse(q) });
  return questions.length;
}

describeEachDatabase("classes and homework", (db) => {
  let teacherA: { id: string; username: string | null };
  let teacherB: { id: string; username: string | null };
  let student: { id: string; username: string | null };
  let lateStudent: { id: string; username: string | null };
  let outsider: { id: string; username: string | null };
  let guest: { id: string; username: string | null };
  let classId: string;
  let joinCode: string;
  let quizId: string;

  beforeAll(async () => {
    await seedDefaultDeck(db.prisma);
    teacherA = await person(db.prisma, "Teacher A", "teacher");
    teacherB = await person(db.prisma, "Teacher B", "teacher");
    student = await person(db.prisma, "Student One");
    lateStudent = await person(db.prisma, "Student Two");
    outsider = await person(db.prisma, "Outsider");
    guest = await person(db.prisma, "", "learner", false);
    const saved = await createSavedQuiz(db.prisma, teacherA.id, quizValues);
    if (!saved.ok) throw new Error(saved.error);
    quizId = saved.id;
    ({ id: classId, joinCode } = await classes.createClass(db.prisma, teacherA.id, "3-B"));
  }, 120_000);

  const assign = (over: Record<string, string> = {}, owner = teacherA.id) =>
    assignments.createAssignment(
      db.prisma,
      owner,
      assignmentSchema.parse({ classId, kind: "quiz", quizId, title: "Homework", opensAt: "2026-01-01T09:00", dueAt: "2099-01-01T09:00", timeZone: "Asia/Tokyo", ...over }),
      "UTC",
      "fixed-seed",
    );

  test("saved quizzes: only their owner lists, reads, edits and deletes them", async () => {
    expect((await listSavedQuizzes(db.prisma, teacherA.id)).map((q) => q.id)).toEqual([quizId]);
    expect(await listSavedQuizzes(db.prisma, teacherB.id)).toEqual([]);
    expect(await getSavedQuiz(db.prisma, teacherB.id, quizId)).toBeNull();
    expect(await updateSavedQuiz(db.prisma, teacherB.id, quizId, { ...quizValues, title: "stolen" })).toEqual({ ok: false, error: "notFound" });
    expect(await deleteSavedQuiz(db.prisma, teacherB.id, quizId)).toBe(false);
    expect(await updateSavedQuiz(db.prisma, teacherA.id, quizId, { ...quizValues, deck: "no-such-deck" })).toEqual({ ok: false, error: "unknownDeck" });
    expect(await updateSavedQuiz(db.prisma, teacherA.id, quizId, { ...quizValues, title: "Basics" })).toEqual({ ok: true, id: quizId });
    expect(await getSavedQuiz(db.prisma, teacherA.id, quizId)).toMatchObject({ title: "Basics", setup: { count: 4, direction: "en-ja", types: ["multiple_choice", "true_false"] } });
    const other = await createSavedQuiz(db.prisma, teacherA.id, { ...quizValues, title: "to delete" });
    expect(other.ok && (await deleteSavedQuiz(db.prisma, teacherA.id, other.id))).toBe(true);
    expect(await listPastGames(db.prisma, teacherA.id)).toEqual([]);
  });

  test("joining: a guest is asked for an account first; a bad code and an archived class are refused", async () => {
    expect(await classes.joinClass(db.prisma, guest, joinCode)).toEqual({ ok: false, error: "accountRequired" });
    expect(await classes.joinClass(db.prisma, student, "ZZZZZZZZ")).toEqual({ ok: false, error: "codeInvalid" });
    expect(await classes.joinClass(db.prisma, student, joinCode)).toEqual({ ok: true, classId });
    expect(await classes.joinClass(db.prisma, student, joinCode)).toEqual({ ok: true, classId }); // twice is one seat
    expect(await classes.joinClass(db.prisma, lateStudent, joinCode)).toEqual({ ok: true, classId });
    expect(await db.prisma.classMember.count({ where: { classId } })).toBe(2);
    const other = await classes.createClass(db.prisma, teacherB.id, "B's class");
    expect(await classes.setClassArchived(db.prisma, teacherB.id, other.id, true)).toBe(true);
    expect(await classes.joinClass(db.prisma, outsider, other.joinCode)).toEqual({ ok: false, error: "classArchived" });
    expect(await classes.listMyClasses(db.prisma, student.id)).toEqual([expect.objectContaining({ id: classId, name: "3-B", teacher: "Teacher A" })]);
    expect(await classes.listMyClasses(db.prisma, outsider.id)).toEqual([]);
  });

  test("authorization matrix: every class, roster, assignment and report read and write", async () => {
    const made = await assign();
    if (!made.ok) throw new Error(made.error);
    const assignmentId = made.id;
    for (const who of [teacherB, student, outsider, guest]) {
      expect(await classes.getTeacherClass(db.prisma, who.id, classId)).toBeNull();
      expect(await classes.renameClass(db.prisma, who.id, classId, "x")).toBe(false);
      expect(await classes.setClassArchived(db.prisma, who.id, classId, true)).toBe(false);
      expect(await classes.getRoster(db.prisma, who.id, classId)).toBeNull();
      expect(await classes.removeMember(db.prisma, who.id, classId, student.id)).toBe(false);
      expect(await assignments.listClassAssignments(db.prisma, who.id, classId)).toBeNull();
      expect(await assignments.getOwnedAssignment(db.prisma, who.id, assignmentId)).toBeNull();
      expect(await assign({}, who.id)).toEqual({ ok: false, error: "notFound" });
      expect(await assignments.deleteAssignment(db.prisma, who.id, assignmentId)).toBe(false);
      expect(await assignmentReport(db.prisma, who.id, assignmentId)).toBeNull();
      expect(await classMissedFacts(db.prisma, who.id, classId)).toBeNull();
    }
    // Teacher B cannot assign their quiz into A's class, nor A another teacher's quiz.
    const bQuiz = await createSavedQuiz(db.prisma, teacherB.id, quizValues);
    expect(bQuiz.ok && (await assign({ quizId: bQuiz.id }))).toEqual({ ok: false, error: "notFound", field: "quizId" });
    // Students: a member may open it; a non-member, a guest and a teacher of another class may not.
    for (const who of [outsider, guest, teacherB]) {
      expect(await assignments.startAssignment(db.prisma, who.id, assignmentId)).toEqual({ ok: false, error: "notFound" });
      expect(await assignments.listMyAssignments(db.prisma, who.id)).toEqual([]);
    }
    expect(await assignments.startAssignment(db.prisma, student.id, assignmentId)).toMatchObject({ ok: true, kind: "quiz", finished: false });
    // The class's teacher may do all of it.
    expect(await classes.getTeacherClass(db.prisma, teacherA.id, classId)).toMatchObject({ name: "3-B", members: 2 });
    expect(await classes.renameClass(db.prisma, teacherA.id, classId, "3-B (2026)")).toBe(true);
    expect((await classes.getRoster(db.prisma, teacherA.id, classId))!.map((m) => m.name)).toEqual(["Student One", "Student Two"]);
    expect(await assignments.listClassAssignments(db.prisma, teacherA.id, classId)).toHaveLength(1);
    expect(await assignmentReport(db.prisma, teacherA.id, assignmentId)).not.toBeNull();
    expect(await assignments.deleteAssignment(db.prisma, teacherA.id, assignmentId)).toBe(true);
  });

  test("a quiz assignment: same questions for all, on time is done, after the due date is late; the report adds up", async () => {
    const made = await assign({ retakes: "none" });
    if (!made.ok) throw new Error(made.error);
    const first = await assignments.startAssignment(db.prisma, student.id, made.id);
    if (!first.ok || first.kind !== "quiz") throw new Error("not started");
    expect((await assignments.listMyAssignments(db.prisma, student.id)).find((a) => a.id === made.id)?.status).toBe("inProgress");
    const total = await finishAttempt(db.prisma, student.id, first.attemptId, 4);
    expect((await assignments.listMyAssignments(db.prisma, student.id)).find((a) => a.id === made.id)?.status).toBe("done");
    // The first finished attempt counts: opening again shows it rather than starting another.
    expect(await assignments.startAssignment(db.prisma, student.id, made.id)).toEqual({ ok: true, kind: "quiz", attemptId: first.attemptId, finished: true });

    // The clock moves on: the first attempt was finished on 2 January, the assignment was due on the 3rd,
    // and the second student works now, after it.
    await db.prisma.quizAttempt.update({ where: { id: first.attemptId }, data: { finishedAt: new Date("2026-01-02T00:00:00Z") } });
    await db.prisma.assignment.update({ where: { id: made.id }, data: { dueAt: new Date("2026-01-03T00:00:00Z") } });
    const second = await assignments.startAssignment(db.prisma, lateStudent.id, made.id);
    if (!second.ok || second.kind !== "quiz") throw new Error("not started");
    const [q1, q2] = await Promise.all(
      [first.attemptId, second.attemptId].map(async (id) => JSON.parse((await db.prisma.quizAttempt.findUniqueOrThrow({ where: { id } })).questions).map((q: StoredQuestion) => q.public.id)),
    );
    expect(q2).toEqual(q1);
    await finishAttempt(db.prisma, lateStudent.id, second.attemptId, 1);
    expect((await assignments.listMyAssignments(db.prisma, lateStudent.id)).find((a) => a.id === made.id)?.status).toBe("late");

    const report = (await assignmentReport(db.prisma, teacherA.id, made.id))!;
    expect(report.questions).toHaveLength(total);
    expect(report.completion).toEqual({ done: 1, late: 1, total: 2 });
    const byName = Object.fromEntries(report.students.map((s) => [s.name, s]));
    expect(byName["Student One"].cells).toEqual(Array(total).fill("correct"));
    expect(byName["Student Two"].cells[0]).toBe("correct");
    expect(byName["Student Two"].cells.slice(1).every((c) => c === "wrong" || c === "almost")).toBe(true);
    expect(report.questions[0].shareRight).toBe(1);
    expect(report.questions[1].shareRight).toBe(0.5);
    expect(report.meanScore).toBeCloseTo((1 + byName["Student Two"].score!) / 2);
    expect(report.medianScore).toBeCloseTo(report.meanScore!);
    for (const q of report.questions) expect(q.passage).not.toBe("");

    const missed = (await classMissedFacts(db.prisma, teacherA.id, classId))!;
    expect(missed.length).toBeGreaterThan(0);
    expect(missed[0]).toMatchObject({ missed: 1, answered: 2 });

    // A student's private quizzes never count: only attempts made for the class's assignments.
    const own = await createAttempt(db.prisma, student.id, { deckKeys: "all", tags: [], count: 6, types: ["multiple_choice"], direction: "en-ja", seed: "private" });
    if (!own.ok) throw new Error(own.error);
    await finishAttempt(db.prisma, student.id, own.attemptId, 0);
    expect(await classMissedFacts(db.prisma, teacherA.id, classId)).toEqual(missed);

    // "Assign the missed facts": a quiz of exactly those facts, assigned to the class; only its teacher may.
    expect(await assignMissedFacts(db.prisma, teacherB.id, classId, "x", "en-en")).toEqual({ ok: false, error: "notFound" });
    const missedQuiz = await assignMissedFacts(db.prisma, teacherA.id, classId, "Missed facts", "en-en");
    if (!missedQuiz.ok) throw new Error(missedQuiz.error);
    expect(missedQuiz.factKeys).toEqual(missed.map((m) => m.factKey));
    const retry = await assignments.startAssignment(db.prisma, student.id, missedQuiz.assignmentId);
    if (!retry.ok || retry.kind !== "quiz") throw new Error("not started");
    const asked: StoredQuestion[] = JSON.parse((await db.prisma.quizAttempt.findUniqueOrThrow({ where: { id: retry.attemptId } })).questions);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) for (const item of q.reveal) expect(missedQuiz.factKeys).toContain(item.key);

    // Leaving drops a student from the report; their own attempt stays theirs.
    expect(await classes.leaveClass(db.prisma, lateStudent.id, classId)).toBe(true);
    const afterLeave = (await assignmentReport(db.prisma, teacherA.id, made.id))!;
    expect(afterLeave.students.map((s) => s.name)).toEqual(["Student One"]);
    expect(await db.prisma.quizAttempt.count({ where: { userId: lateStudent.id, assignmentId: made.id } })).toBe(1);
    // Deleting my data removes me from every roster and report.
    expect(await deleteUserData(db.prisma, student.id)).toBe(true);
    const afterDelete = (await assignmentReport(db.prisma, teacherA.id, made.id))!;
    expect(afterDelete.students).toEqual([]);
    expect(await classes.getRoster(db.prisma, teacherA.id, classId)).toEqual([]);
  });

  test("retakes: the best or the last finished attempt counts, as the teacher chose", async () => {
    const pupil = await person(db.prisma, "Retaker");
    await classes.joinClass(db.prisma, pupil, joinCode);
    for (const [retakes, expected] of [["best", 1], ["last", 0.25]] as const) {
      const made = await assign({ retakes });
      if (!made.ok) throw new Error(made.error);
      for (const right of [4, 1]) {
        const started = await assignments.startAssignment(db.prisma, pupil.id, made.id);
        if (!started.ok || started.kind !== "quiz") throw new Error("not started");
        expect(started.finished).toBe(false);
        await finishAttempt(db.prisma, pupil.id, started.attemptId, right);
      }
      const report = (await assignmentReport(db.prisma, teacherA.id, made.id))!;
      expect(report.students.find((s) => s.name === "Retaker")!.score).toBeCloseTo(expected);
    }
  });

  test("an assignment not yet open cannot be started; an archived class's work is hidden", async () => {
    const pupil = await person(db.prisma, "Early");
    await classes.joinClass(db.prisma, pupil, joinCode);
    const made = await assign({ opensAt: "2098-01-01T09:00" });
    if (!made.ok) throw new Error(made.error);
    expect(await assignments.startAssignment(db.prisma, pupil.id, made.id)).toEqual({ ok: false, error: "notOpenYet" });
    expect((await assignments.listMyAssignments(db.prisma, pupil.id)).find((a) => a.id === made.id)?.open).toBe(false);
  });

  test("a study assignment is done when every fact and term of the deck was reviewed by the due date", async () => {
    const deck = await db.prisma.deck.findFirstOrThrow({ where: { facts: { some: {} } }, orderBy: { key: "asc" } });
    const pupil = await person(db.prisma, "Studier");
    await classes.joinClass(db.prisma, pupil, joinCode);
    const made = await assign({ kind: "study", deck: deck.key, quizId: "" });
    if (!made.ok) throw new Error(made.error);
    const status = async () => (await assignments.listMyAssignments(db.prisma, pupil.id)).find((a) => a.id === made.id)!.status;
    expect(await status()).toBe("notStarted");
    const deckIds = await assignments.deckSubtreeIds(db.prisma, deck.key);
    const facts = await db.prisma.fact.findMany({ where: { deckId: { in: deckIds } }, select: { id: true } });
    const terms = await db.prisma.term.findMany({ where: { deckId: { in: deckIds } }, select: { id: true } });
    const notes = [...facts.map((f) => ({ factId: f.id, noteKey: `fact:${f.id}` })), ...terms.map((t) => ({ termId: t.id, noteKey: `term:${t.id}` }))];
    const review = async (note: (typeof notes)[number], i: number) => {
      const card = await db.prisma.card.create({ data: { userId: pupil.id, direction: "ja-en", due: new Date(), ...note } });
      await db.prisma.reviewLog.create({
        data: { requestId: `r${i}`, userId: pupil.id, cardId: card.id, rating: 3, state: 0, due: new Date(), stability: 0, difficulty: 0, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0, reviewedAt: new Date() },
      });
    };
    await review(notes[0], 0);
    expect(await status()).toBe("inProgress");
    for (const [i, note] of notes.slice(1).entries()) await review(note, i + 1);
    expect(await status()).toBe("done");
    await db.prisma.assignment.update({ where: { id: made.id }, data: { dueAt: new Date(Date.now() - 3_600_000) } });
    expect(await status()).toBe("late");
  });

  test("dates are read in the zone they were typed in, across daylight-saving changes", async () => {
    const at = async (over: Record<string, string>) => {
      const made = await assign(over);
      if (!made.ok) throw new Error(made.error);
      const row = await db.prisma.assignment.findUniqueOrThrow({ where: { id: made.id } });
      return [row.opensAt.toISOString(), row.dueAt.toISOString()];
    };
    expect(await at({ opensAt: "2026-12-10T08:00", dueAt: "2026-12-10T23:59", timeZone: "Asia/Tokyo" })).toEqual(["2026-12-09T23:00:00.000Z", "2026-12-10T14:59:00.000Z"]);
    // New York: 02:30 on 8 March 2026 never happens (02:00 → 03:00): read as 03:30 EDT. 01:30 on 1
    // November happens twice: the first (EDT).
    expect(await at({ opensAt: "2026-03-08T02:30", dueAt: "2026-11-01T01:30", timeZone: "America/New_York" })).toEqual(["2026-03-08T07:30:00.000Z", "2026-11-01T05:30:00.000Z"]);
    // London's summer time: the same wall clock is an hour apart in UTC either side of the change.
    expect(await at({ opensAt: "2026-03-28T12:00", dueAt: "2026-03-30T12:00", timeZone: "Europe/London" })).toEqual(["2026-03-28T12:00:00.000Z", "2026-03-30T11:00:00.000Z"]);
    // No zone sent: the teacher's account zone (here UTC) is used; a zone Intl does not know is ignored too.
    expect(await at({ opensAt: "2026-05-01T00:00", dueAt: "2026-05-02T00:00", timeZone: "Mars/Olympus" })).toEqual(["2026-05-01T00:00:00.000Z", "2026-05-02T00:00:00.000Z"]);
    expect(await assign({ opensAt: "2026-02-30T00:00" })).toEqual({ ok: false, error: "dateInvalid", field: "opensAt" });
  });
});

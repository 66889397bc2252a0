// Classes, their rosters and seats. A teacher reads and changes only their own classes (anything else
// is "not found"); a student reads only the classes they belong to, and only their name and teacher.
import { randomInt } from "node:crypto";
import type { Db } from "../prisma-client";
import { generateClassCode } from "../../_domain/classes/class-code";
import { isUniqueViolation } from "../db-helpers/prisma-errors";

export type ClassSummary = { id: string; name: string; joinCode: string; archived: boolean; createdAt: Date; members: number; assignments: number };
export type RosterEntry = { userId: string; name: string; joinedAt: Date; lastActiveAt: Date };
export type JoinOutcome = { ok: true; classId: string } | { ok: false; error: "codeInvalid" | "classArchived" | "accountRequired" };

const summarySelect = {
  id: true,
  name: true,
  joinCode: true,
  archivedAt: true,
  createdAt: true,
  _count: { select: { members: true, assignments: true } },
} as const;

type SummaryRow = { id: string; name: string; joinCode: string; archivedAt: Date | null; createdAt: Date; _count: { members: number; assignments: number } };
const toSummary = (r: SummaryRow): ClassSummary => ({
  id: r.id,
  name: r.name,
  joinCode: r.joinCode,
  archived: r.archivedAt !== null,
  createdAt: r.createdAt,
  members: r._count.members,
  assignments: r._count.assignments,
});

export async function createClass(db: Db, ownerId: string, name: string, random: (max: number) => number = randomInt): Promise<{ id: string; joinCode: string }> {
  // A code collision (31^8 codes) is retried with a fresh code rather than reported.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.class.create({ data: { ownerId, name, joinCode: generateClassCode(random) }, select: { id: true, joinCode: true } });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export async function listTeacherClasses(db: Db, ownerId: string): Promise<ClassSummary[]> {
  const rows = await db.class.findMany({ where: { ownerId }, orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }], select: summarySelect });
  return rows.map(toSummary);
}

export async function getTeacherClass(db: Db, ownerId: string, classId: string): Promise<ClassSummary | null> {
  const row = await db.class.findFirst({ where: { id: classId, ownerId }, select: summarySelect });
  return row ? toSummary(row) : null;
}

export async function renameClass(db: Db, ownerId: string, classId: string, name: string): Promise<boolean> {
  return (await db.class.updateMany({ where: { id: classId, ownerId }, data: { name } })).count === 1;
}

/** Archived: no one can join, no new work; the class and its reports stay. Archiving again restores it. */
export async function setClassArchived(db: Db, ownerId: string, classId: string, archived: boolean, now = new Date()): Promise<boolean> {
  return (await db.class.updateMany({ where: { id: classId, ownerId }, data: { archivedAt: archived ? now : null } })).count === 1;
}

/** Who is in the class: display name (else username), when they joined, when they were last seen. */
export async function getRoster(db: Db, ownerId: string, classId: string): Promise<RosterEntry[] | null> {
  const owned = await db.class.count({ where: { id: classId, ownerId } });
  if (!owned) return null;
  const rows = await db.classMember.findMany({
    where: { classId },
    orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
    select: { joinedAt: true, user: { select: { id: true, displayName: true, username: true, lastSeenAt: true } } },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.displayName || r.user.username || "", joinedAt: r.joinedAt, lastActiveAt: r.user.lastSeenAt }));
}

export async function removeMember(db: Db, ownerId: string, classId: string, userId: string): Promise<boolean> {
  const owned = await db.class.count({ where: { id: classId, ownerId } });
  if (!owned) return false;
  return (await db.classMember.deleteMany({ where: { classId, userId } })).count === 1;
}

/**
 * Joining by code: only with an account (a guest's work would be lost with their cookie, so they are
 * asked to keep their progress first). Joining twice is one seat; the teacher of the class has no seat.
 */
export async function joinClass(db: Db, user: { id: string; username: string | null }, code: string): Promise<JoinOutcome> {
  const found = await db.class.findUnique({ where: { joinCode: code }, select: { id: true, ownerId: true, archivedAt: true } });
  if (!found) return { ok: false, error: "codeInvalid" };
  if (found.archivedAt) return { ok: false, error: "classArchived" };
  if (!user.username) return { ok: false, error: "accountRequired" };
  if (found.ownerId === user.id) return { ok: true, classId: found.id };
  try {
    await db.classMember.upsert({ where: { classId_userId: { classId: found.id, userId: user.id } }, create: { classId: found.id, userId: user.id }, update: {} });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // a simultaneous second join made the seat
  }
  return { ok: true, classId: found.id };
}

/** Leaving keeps the student's own attempts and cards; the class's reports no longer include them. */
export async function leaveClass(db: Db, userId: string, classId: string): Promise<boolean> {
  return (await db.classMember.deleteMany({ where: { classId, userId } })).count === 1;
}

export type MyClass = { id: string; name: string; teacher: string; joinedAt: Date; archived: boolean };

export async function listMyClasses(db: Db, userId: string): Promise<MyClass[]> {
  const rows = await db.classMember.findMany({
    where: { userId },
    orderBy: { joinedAt: "desc" },
    select: { joinedAt: true, class: { select: { id: true, name: true, archivedAt: true, owner: { select: { displayName: true, username: true } } } } },
  });
  return rows.map((r) => ({
    id: r.class.id,
    name: r.class.name,
    teacher: r.class.owner.displayName || r.class.owner.username || "",
    joinedAt: r.joinedAt,
    archived: r.class.archivedAt !== null,
  }));
}

/** The class behind a code, for the join page's "join <name>?" (nothing else about it). */
export async function classByCode(db: Db, code: string): Promise<{ name: string; archived: boolean } | null> {
  const row = await db.class.findUnique({ where: { joinCode: code }, select: { name: true, archivedAt: true } });
  return row ? { name: row.name, archived: row.archivedAt !== null } : null;
}

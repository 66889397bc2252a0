// `npm run bench:reports` (tsx tests/bench/reports.ts): class reports on a big class, measured rather
// than asserted. Builds, in a fresh SQLite file and in a throwaway PostgreSQL cluster: the seeded fact
// base, one teacher, a class of 200 students and 30 quiz assignments of 10 questions, each finished by
// every student (6,000 attempts, 60,000 graded answers; the first attempt of each assignment is made by
// the app's own startAssignment, the others copy its questions, as one seed gives everyone the same
// ones, with answers right, almost or wrong at random). Then times, one call after another, the data
// the report pages render: an assignment's students × questions report, the class's most-missed facts,
// and one student's "Assigned to me". Prints p50/p95 against the target (p95 under 100 ms).
// Options: --only=sqlite|postgresql  --runs=N (default 200)  --students=N  --assignments=N
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { createPrismaClient, type Db } from "../../app/_data/prisma-client";
import { seedDefaultDeck } from "../../app/_data/seed-default-deck";
import { createSavedQuiz } from "../../app/_data/teach/saved-quizzes";
import { createClass } from "../../app/_data/classes/classes";
import { createAssignment, listMyAssignments, startAssignment } from "../../app/_data/classes/assignments";
import { assignmentReport, classMissedFacts } from "../../app/_data/classes/reports";
import { savedQuizSchema } from "../../app/_schemas/saved-quiz";
import { assignmentSchema } from "../../app/_schemas/classes";
import { startCluster, stopCluster } from "../support/pg-cluster";
import { migrationScripts, withDatabase } from "../support/test-database";
import { formatTimings, random, time, type Timing } from "./srs/measure";
import Database from "better-sqlite3";

const TARGET_MS = 100;
const args = new Map<string, string | undefined>(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=") as [string, string | undefined]));
const RUNS = Number(args.get("runs") ?? 200);
const STUDENTS = Number(args.get("students") ?? 200);
const ASSIGNMENTS = Number(args.get("assignments") ?? 30);
const only = args.get("only");
const log = (message: string) => console.log(message);

type Built = { teacherId: string; classId: string; assignmentIds: string[]; studentIds: string[] };

async function build(db: Db): Promise<Built> {
  await seedDefaultDeck(db);
  const teacher = await db.user.create({ data: { username: "bench-teacher", role: "teacher" } });
  const quiz = await createSavedQuiz(db, teacher.id, savedQuizSchema.parse({ title: "Bench", deck: "all", count: "10", types: ["multiple_choice", "true_false", "cloze"], direction: "en-ja" }));
  if (!quiz.ok) throw new Error(quiz.error);
  const klass = await createClass(db, teacher.id, "Bench class");
  const studentIds = Array.from({ length: STUDENTS }, () => randomUUID());
  await db.user.createMany({ data: studentIds.map((id, i) => ({ id, username: `bench-student-${i}`, displayName: `Student ${i}` })) });
  await db.classMember.createMany({ data: studentIds.map((userId) => ({ classId: klass.id, userId })) });
  const rnd = random(11);
  const assignmentIds: string[] = [];
  for (let a = 0; a < ASSIGNMENTS; a++) {
    const made = await createAssignment(
      db,
      teacher.id,
      assignmentSchema.parse({ classId: klass.id, kind: "quiz", quizId: quiz.id, title: `Homework ${a + 1}`, opensAt: "2026-01-01T00:00", dueAt: "2026-06-01T00:00", timeZone: "UTC" }),
      "UTC",
      `bench-${a}`,
    );
    if (!made.ok) throw new Error(made.error);
    assignmentIds.push(made.id);
    const first = await startAssignment(db, studentIds[0], made.id);
    if (!first.ok || first.kind !== "quiz") throw new Error("could not start");
    const template = await db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId } });
    const facts = (JSON.parse(template.questions) as { reveal: { kind: string; key: string }[] }[]).map((q) => q.reveal.find((r) => r.kind === "fact")?.key ?? null);
    const factIds = new Map((await db.fact.findMany({ where: { key: { in: facts.filter((k): k is string => !!k) } }, select: { id: true, key: true } })).map((f) => [f.key, f.id]));
    await db.quizAttempt.delete({ where: { id: first.attemptId } });
    const attempts = studentIds.map((userId) => ({ id: randomUUID(), userId }));
    const answers: { attemptId: string; position: number; factId: string | null; response: string; verdict: "correct" | "almost" | "wrong"; score: number }[] = [];
    const scores = new Map<string, number>();
    for (const { id } of attempts) {
      let score = 0;
      facts.forEach((key, position) => {
        const r = rnd();
        const verdict = r < 0.6 ? "correct" : r < 0.7 ? "almost" : "wrong";
        const s = verdict === "correct" ? 1 : verdict === "almost" ? 0.5 : 0;
        score += s;
        answers.push({ attemptId: id, position, factId: key ? (factIds.get(key) ?? null) : null, response: "{}", verdict, score: s });
      });
      scores.set(id, score);
    }
    const finishedAt = new Date(Date.UTC(2026, 4, 1) + Math.floor(rnd() * 60 * 86_400_000));
    await db.quizAttempt.createMany({
      data: attempts.map(({ id, userId }) => ({
        id, userId, assignmentId: made.id, config: template.config, seed: template.seed, questions: template.questions, total: template.total, score: scores.get(id)!, finishedAt,
      })),
    });
    for (let i = 0; i < answers.length; i += 2000) await db.quizAnswer.createMany({ data: answers.slice(i, i + 2000) });
  }
  return { teacherId: teacher.id, classId: klass.id, assignmentIds, studentIds };
}

async function measure(db: Db, built: Built): Promise<Timing[]> {
  const rnd = random(289);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  return [
    await time(`assignment report (${STUDENTS} students × 10 questions)`, RUNS, async () => {
      const report = await assignmentReport(db, built.teacherId, pick(built.assignmentIds));
      if (!report || report.students.length !== STUDENTS) throw new Error("incomplete report");
    }),
    await time(`class's most-missed facts (${ASSIGNMENTS} assignments)`, RUNS, async () => {
      const missed = await classMissedFacts(db, built.teacherId, built.classId);
      if (!missed?.length) throw new Error("nothing missed");
    }),
    await time(`a student's "Assigned to me" (${ASSIGNMENTS} assignments)`, RUNS, async () => {
      const mine = await listMyAssignments(db, pick(built.studentIds));
      if (mine.length !== ASSIGNMENTS) throw new Error("missing assignments");
    }),
  ];
}

async function run(label: string, url: string): Promise<string> {
  log(`\n▶ ${label}: building ${STUDENTS} students × ${ASSIGNMENTS} assignments`);
  const started = performance.now();
  const db = createPrismaClient(url);
  try {
    const built = await build(db);
    log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s (${await db.quizAnswer.count()} answers); timing…`);
    return formatTimings(`${label}:`, await measure(db, built), TARGET_MS);
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  log(`Reports benchmark on ${os.cpus().length} CPU(s), load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, Node ${process.version}`);
  const out: string[] = [];
  if (!only || only === "sqlite") {
    const file = path.join(process.cwd(), "tests", ".tmp", "bench-reports.db");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    const raw = new Database(file);
    for (const migration of migrationScripts("sqlite")) raw.exec(migration.sql);
    raw.close();
    try {
      out.push(await run("sqlite", `file:${file}`));
    } finally {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    }
  }
  if (!only || only === "postgresql") {
    const cluster = await startCluster();
    try {
      const admin = new Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query("CREATE DATABASE bench_reports");
      await admin.end();
      const url = withDatabase(cluster.url, "bench_reports");
      const client = new Client({ connectionString: url });
      await client.connect();
      for (const migration of migrationScripts("postgresql")) await client.query(migration.sql);
      await client.end();
      out.push(await run("postgresql", url));
    } finally {
      await stopCluster(cluster);
    }
  }
  log(`\n${out.join("\n\n")}`);
  log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// Classes end to end, as npm start serves them: a teacher saves a quiz and creates a class; two students
// join (one by the link, after being asked as a guest to keep their progress; one by the code); the
// teacher assigns the quiz; one student finishes it on time and one after the due date; the report, its
// CSV and "assign the missed facts" are checked. The students' answers are graded by the quiz feature's
// own server code (the quiz pages are covered by quiz.test.ts); everything else goes through the pages.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, newContext } from "./support/browser";
import { createPrismaClient, type Db } from "@/app/_data/prisma-client";
import { gradeAndStoreAnswer } from "@/app/_data/quiz/answer-question";
import type { StoredQuestion } from "@/app/_data/quiz/attempt-store";
import { correctResponse, wrongResponse } from "../integration/quiz-support";

const PASSWORD = "a long enough password";
const stamp = Date.now().toString(36);

let browser: Browser;
let db: Db;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(process.env.E2E_DATABASE_URL);
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await db?.$disconnect();
});

async function open(path: string): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  return page;
}

async function claim(page: Page, name: string) {
  await page.goto("/en/account");
  await page.waitForLoadState("networkidle");
  // Saving settings makes the visitor a guest, who may then keep their progress with an account.
  const settings = page.getByRole("region", { name: "Study settings", exact: true });
  await settings.getByRole("button", { name: "Save settings" }).click();
  await page.getByText("Settings saved.").waitFor();
  const form = page.getByRole("region", { name: "Keep my progress", exact: true });
  await form.getByLabel("Username").fill(name);
  await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await form.getByLabel("Confirm password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create my account" }).click();
  await until(async () => (await db.user.count({ where: { username: name } })) === 1);
  // The account's new session cookie arrives with the action's answer: wait for the page to show it.
  await page.getByRole("region", { name: "Keep my progress", exact: true }).waitFor({ state: "detached" });
}

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function answerAll(userId: string, attemptId: string, right: number) {
  const questions: StoredQuestion[] = JSON.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).questions);
  for (const [position, q] of questions.entries())
    await gradeAndStoreAnswer(db, userId, { attemptId, position, response: position < right ? correctResponse(q) : wrongResponse(q) });
  return questions.length;
}

test("a teacher runs a class: quiz, class, two students, on time and late, report, CSV, missed facts", async () => {
  // The teacher: an account given the teacher role (as `npm run set-role` does).
  const teacher = await open("/en");
  const teacherName = `teacher.${stamp}`;
  await claim(teacher, teacherName);
  await db.user.update({ where: { username: teacherName }, data: { role: "teacher" } });

  await teacher.goto("/en/teach");
  await teacher.getByRole("link", { name: "New quiz" }).click();
  await teacher.waitForLoadState("networkidle");
  await teacher.getByLabel("Title").fill("");
  await teacher.getByRole("button", { name: "Save" }).click();
  expect(await teacher.getByText("Please enter a title.").isVisible()).toBe(true);
  await teacher.getByLabel("Title").fill("ADMM-Plus check");
  await teacher.getByLabel("Number of questions").fill("4");
  await teacher.getByRole("button", { name: "Save" }).click();
  await teacher.waitForURL("**/en/teach");
  expect(await teacher.getByRole("heading", { name: "ADMM-Plus check" }).isVisible()).toBe(true);
  expect(await teacher.getByRole("link", { name: "Host ADMM-Plus check live" }).getAttribute("href")).toMatch(/\/en\/teach\/live\/new\?quiz=/);

  await teacher.getByLabel("New class name").fill("Class 3-B");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await teacher.waitForURL("**/en/teach/classes/**");
  const classRow = await db.class.findFirstOrThrow({ where: { name: "Class 3-B" } });
  expect(await teacher.getByText(classRow.joinCode, { exact: true }).isVisible()).toBe(true);

  // Student one opens the join link as a visitor: asked to keep their progress first.
  const one = await open(`/en/classes/join/${classRow.joinCode}`);
  expect(await one.getByText("Class: Class 3-B").isVisible()).toBe(true);
  expect(await one.getByRole("link", { name: "Keep my progress" }).isVisible()).toBe(true);
  await claim(one, `student.one.${stamp}`);
  await one.goto(`/en/classes/join/${classRow.joinCode}`);
  await one.waitForLoadState("networkidle");
  await one.getByRole("button", { name: "Join" }).click();
  await one.waitForURL("**/en/classes");
  expect(await one.getByText("Class 3-B").first().isVisible()).toBe(true);

  // Student two types the code, in lower case with a space.
  const two = await open("/en");
  await claim(two, `student.two.${stamp}`);
  await two.goto("/en/classes");
  await two.waitForLoadState("networkidle");
  await two.getByLabel("Class code").fill(`${classRow.joinCode.slice(0, 4).toLowerCase()} ${classRow.joinCode.slice(4)}`);
  await two.getByRole("button", { name: "Join" }).click();
  await until(async () => (await db.classMember.count({ where: { classId: classRow.id } })) === 2);

  // The teacher sees the roster and assigns the quiz (default dates: now until a week from now).
  await teacher.reload();
  await teacher.waitForLoadState("networkidle");
  expect(await teacher.getByRole("heading", { name: "Students (2)" }).isVisible()).toBe(true);
  await teacher.getByLabel("Title").fill("Homework 1");
  await teacher.getByRole("button", { name: "Assign" }).click();
  await until(async () => (await db.assignment.count({ where: { classId: classRow.id } })) === 1);
  const assignment = await db.assignment.findFirstOrThrow({ where: { classId: classRow.id } });

  // Student one: "Assigned to me" on the home page, started there, finished on time.
  await one.goto("/en");
  await one.waitForLoadState("networkidle");
  const assigned = one.getByRole("region", { name: "Assigned to me" });
  expect(await assigned.getByText("Not started").isVisible()).toBe(true);
  await assigned.getByRole("button", { name: "Open Homework 1" }).click();
  await one.waitForURL("**/en/quiz/**");
  const oneUser = await db.user.findUniqueOrThrow({ where: { username: `student.one.${stamp}` } });
  const oneAttempt = await db.quizAttempt.findFirstOrThrow({ where: { userId: oneUser.id, assignmentId: assignment.id } });
  const total = await answerAll(oneUser.id, oneAttempt.id, 99);

  // The due date passes; student two works after it.
  await db.quizAttempt.update({ where: { id: oneAttempt.id }, data: { finishedAt: new Date(Date.now() - 2 * 3_600_000) } });
  await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: new Date(Date.now() - 3_600_000) } });
  await two.goto("/en/progress");
  await two.goto("/en");
  await two.waitForLoadState("networkidle");
  await two.getByRole("region", { name: "Assigned to me" }).getByRole("button", { name: "Open Homework 1" }).click();
  await two.waitForURL("**/en/quiz/**");
  const twoUser = await db.user.findUniqueOrThrow({ where: { username: `student.two.${stamp}` } });
  const twoAttempt = await db.quizAttempt.findFirstOrThrow({ where: { userId: twoUser.id, assignmentId: assignment.id } });
  await answerAll(twoUser.id, twoAttempt.id, 1);
  await two.goto("/en");
  expect(await two.getByRole("region", { name: "Assigned to me" }).getByText("Late").isVisible()).toBe(true);

  // The report: one on time, one late; the grid and the per-question shares.
  await teacher.goto(`/en/teach/classes/${classRow.id}/assignments/${assignment.id}`);
  await teacher.waitForLoadState("networkidle");
  expect(await teacher.getByText("1 on time, 1 late, of 2").isVisible()).toBe(true);
  const rows = teacher.getByRole("row");
  expect(await rows.count()).toBe(3);
  // The CSV: a BOM, a header in English, one row per student and a row of shares right.
  const csv = await teacher.context().request.get(`/api/classes/${classRow.id}/assignments/${assignment.id}/report?locale=en`);
  expect(csv.status()).toBe(200);
  const text = (await csv.body()).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split("\r\n");
  expect(lines[0]).toBe(["Student", "Status", "Score", ...Array.from({ length: total }, (_, i) => `Q${i + 1}`)].join(","));
  expect(lines).toHaveLength(4);
  expect(lines.some((l) => l.includes(",Done,100,"))).toBe(true);
  expect(lines.some((l) => l.includes(",Late,"))).toBe(true);
  // Another user (a student) gets 403 from the CSV route; the report page is not found for them.
  expect((await one.context().request.get(`/api/classes/${classRow.id}/assignments/${assignment.id}/report`)).status()).toBe(403);

  // Assign the missed facts: a new assignment whose quiz asks exactly the facts missed.
  await teacher.goto(`/en/teach/classes/${classRow.id}`);
  await teacher.waitForLoadState("networkidle");
  const missedCount = await teacher.getByRole("region", { name: "Facts the class misses most" }).getByRole("row").count();
  expect(missedCount).toBeGreaterThan(1);
  await teacher.getByRole("button", { name: "Assign a quiz of exactly these facts" }).click();
  await until(async () => (await db.assignment.count({ where: { classId: classRow.id } })) === 2);
  const followUp = await db.assignment.findFirstOrThrow({ where: { classId: classRow.id, NOT: { id: assignment.id } }, include: { quiz: true } });
  expect(followUp.title).toBe("Missed facts: Class 3-B");
  expect(JSON.parse(followUp.quiz!.config).factKeys).toHaveLength(missedCount - 1);
}, 300_000);

// Faults: the server is killed with SIGKILL (no shutdown of any kind) right after it acknowledged
// reviews and quiz answers, then started again on the same database. Every acknowledged review and
// answer is there exactly once; the same requests sent again (a client retrying after the outage)
// still count once.
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "@/app/_data/prisma-client";
import { createGuest } from "@/app/_data/auth/user-store";
import { SESSION_COOKIE } from "@/app/_data/auth/session-token";
import { startApp, type AppServer } from "../bench/support/app-server";

const root = path.resolve(__dirname, "../..");
const REVIEWS = 12;
const QUESTIONS = 8;

function actionsOfBuild(): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  return new Map(
    Object.entries(manifest.node).map(([id, entry]) => {
      const page = Object.keys(entry.workers)[0].replace(/^app/, "").replace(/\/page$/, "").replace("[locale]", "en").replace(/\[\.{0,3}[^\]]+\]/g, "x");
      return [entry.exportedName ?? id, { id, page: page || "/" }];
    }),
  );
}

const tmp = path.join(root, "tests", ".tmp");
const dbFile = path.join(tmp, `faults-${process.pid}.db`);
let app: AppServer | undefined;
let db: Db | undefined;

afterAll(async () => {
  await db?.$disconnect();
  await app?.stop();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + suffix, { force: true });
}, 60_000);

test("after SIGKILL and a restart every acknowledged review and quiz answer is stored exactly once", async () => {
  fs.mkdirSync(tmp, { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + suffix, { force: true });
  app = await startApp({ sqliteFile: dbFile });
  db = createPrismaClient(app.databaseUrl);
  const actions = actionsOfBuild();
  const { user, token } = await createGuest(db, { uiLocale: "en" });
  const headers = (name: string, extra: Record<string, string> = {}) => ({
    Origin: app!.baseUrl,
    Cookie: `${SESSION_COOKIE}=${token}`,
    "Next-Action": actions.get(name)!.id,
    Accept: "text/x-component",
    ...extra,
  });
  const form = (name: string, stateful: boolean, fields: Record<string, string>) => {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
    body.append("0", JSON.stringify(stateful ? [{}, "$K1"] : ["$K1"]));
    return fetch(app!.baseUrl + actions.get(name)!.page, { method: "POST", redirect: "manual", headers: headers(name), body });
  };
  const json = async (name: string, arg: unknown): Promise<Response> => {
    const send = () =>
      fetch(app!.baseUrl + actions.get(name)!.page, {
        method: "POST",
        redirect: "manual",
        headers: headers(name, { "Content-Type": "text/plain;charset=UTF-8" }),
        body: JSON.stringify([arg]),
      });
    // A connection kept alive to the killed server (the restart may get the same port) is reset once:
    // the client sends again, as a browser does.
    return send().catch(send);
  };

  // Cards to review and a quiz to answer, made through the app.
  const deckKey = (await db.deck.findFirstOrThrow({ where: { parentId: null }, select: { key: true } })).key;
  expect((await form("startStudyAction", false, { locale: "en", decks: deckKey })).headers.get("x-action-redirect")).toContain("/study/review");
  const quiz = await form("startQuizAction", true, { deck: deckKey, count: String(QUESTIONS), types: "true_false", direction: "en-en" });
  expect(quiz.headers.get("x-action-redirect")).toMatch(/\/quiz\/[a-z0-9]+/i);
  const attemptId = (await db.quizAttempt.findFirstOrThrow({ where: { userId: user.id }, select: { id: true } })).id;

  // Reviews of new cards, each with its own request id; acknowledged = "ok":true.
  const reviewCalls: unknown[] = [];
  const acknowledgedReviews: string[] = [];
  const reviewed: string[] = [];
  for (let i = 0; i < REVIEWS; i++) {
    const card = await db.card.findFirst({ where: { userId: user.id, state: 0, id: { notIn: reviewed } }, orderBy: { id: "asc" }, select: { id: true } });
    if (!card) break;
    reviewed.push(card.id);
    const call = { cardId: card.id, rating: 3, requestId: `fault-review-${i}-${Date.now()}`, durationMs: 1500, decks: [deckKey] };
    const text = await (await json("submitReviewAction", call)).text();
    if (!text.includes('"ok":true')) continue; // not acknowledged (e.g. a sibling already shown today): not counted
    reviewCalls.push(call);
    acknowledgedReviews.push(call.requestId);
  }
  // Quiz answers: acknowledged = a 200 answer that is not an error.
  const answerCalls: { attemptId: string; position: number; response: { value: boolean } }[] = [];
  for (let position = 0; position < QUESTIONS; position++) {
    const call = { attemptId, position, response: { value: position % 2 === 0 } };
    const response = await json("answerQuestionAction", call);
    const text = await response.text();
    if (response.status !== 200 || /"serverError"|"validationErrors"/.test(text)) throw new Error(`answer ${position} not acknowledged: ${text.slice(0, 300)}`);
    answerCalls.push(call);
  }
  expect(acknowledgedReviews.length).toBeGreaterThanOrEqual(2);

  // Killed at once after the last acknowledgement, then started again on the same file.
  await app.kill();
  await db.$disconnect();
  app = await startApp({ sqliteFile: dbFile });
  db = createPrismaClient(app.databaseUrl);

  const stored = async () => ({
    reviews: await Promise.all(acknowledgedReviews.map((requestId) => db!.reviewLog.count({ where: { userId: user.id, requestId } }))),
    answers: await Promise.all(answerCalls.map((c) => db!.quizAnswer.count({ where: { attemptId, position: c.position } }))),
  });
  const once = { reviews: acknowledgedReviews.map(() => 1), answers: answerCalls.map(() => 1) };
  expect(await stored()).toEqual(once);

  // The client retries the same requests after the outage: still once each.
  for (const call of reviewCalls) expect((await json("submitReviewAction", call)).status).toBe(200);
  for (const call of answerCalls) expect((await json("answerQuestionAction", call)).status).toBe(200);
  expect(await stored()).toEqual(once);
}, 1_200_000);

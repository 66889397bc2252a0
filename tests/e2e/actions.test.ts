// Every server action of the build, called the way a browser (or anyone) can call it, without a cookie:
// nothing is stored, and a body of the wrong shape is answered with a validation error, not a 500.
// The actions are read from the build's manifest, so a new action is covered without editing this file.
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "@/app/_data/prisma-client";
import { baseUrl } from "./support/browser";

const root = path.resolve(__dirname, "../..");

type ActionEntry = { id: string; name: string; page: string };

function actionsOfBuild(): ActionEntry[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    // "app/[locale]/quiz/[attemptId]/page" → "/en/quiz/x": a page the action is bound to.
    const worker = Object.keys(entry.workers)[0];
    const page = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace("[locale]", "en")
      .replace(/\[\.{0,3}[^\]]+\]/g, "x");
    return { id, name: entry.exportedName ?? id, page: page || "/" };
  });
}

/** Every table of the schema, by its client delegate name. */
function tableNames(): string[] {
  const schema = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  return [...schema.matchAll(/^model (\w+)/gm)].map((m) => m[1][0].toLowerCase() + m[1].slice(1));
}

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tableNames()) {
    counts[table] = await (db as unknown as Record<string, { count(): Promise<number> }>)[table].count();
  }
  return counts;
}

/** A call through fetch, as the React client sends it: the arguments as a JSON array. */
function callWithJson(action: ActionEntry, body: string) {
  return fetch(`${baseUrl()}${action.page}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseUrl() },
    body,
  });
}

/**
 * A call with a form as the React client encodes it (the FormData as argument `argIndex`), or as a
 * browser without JavaScript posts it (no Next-Action header, the action id in the form).
 */
function callWithForm(action: ActionEntry, fields: Record<string, string | string[]>, how: "fetch" | "noScript", argIndex = 0) {
  const form = new FormData();
  // React's reply format: the form is argument "$K1", its fields are "_1_<name>".
  const prefix = how === "fetch" ? "_1_" : "";
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(prefix + name, v);
  const headers: Record<string, string> = { Origin: baseUrl() };
  if (how === "fetch") {
    form.append("0", JSON.stringify(argIndex === 0 ? ["$K1"] : [{}, "$K1"]));
    headers["Next-Action"] = action.id;
    headers.Accept = "text/x-component";
  } else {
    form.append(`$ACTION_ID_${action.id}`, "");
  }
  return fetch(`${baseUrl()}${action.page}`, { method: "POST", redirect: "manual", headers, body: form });
}

/** Values every form of the app might read, each either malformed or pointing at nothing. */
const FAILING_FIELDS = {
  decks: "no-such-deck",
  deck: "no-such-deck",
  count: "3",
  types: ["cloze", "true_false"],
  direction: "ja-en",
  attemptId: "nosuchattempt",
  username: "ab",
  timeZone: "Not/AZone",
  desiredRetention: "2",
  locale: "en",
};

/** JSON argument arrays that reach the action but are not what it takes. */
const WRONG_SHAPES = ["[]", "[{}]", "[5]", '["x"]', "[[]]", "[null]", "[{}, {}]", "[{}, 5]", '[{}, "x"]', "[{}, []]", "[null, null]"];

let db: Db;
let actions: ActionEntry[];

beforeAll(() => {
  db = createPrismaClient(process.env.E2E_DATABASE_URL);
  actions = actionsOfBuild();
});
afterAll(() => db.$disconnect());

test("the build's actions are all found", () => {
  const names = actions.map((a) => a.name);
  for (const known of ["startStudyAction", "submitReviewAction", "undoReviewAction", "startQuizAction", "answerQuestionAction", "claimAccountAction", "signInAction"]) {
    expect(names).toContain(known);
  }
  for (const name of names) expect(name).toMatch(/^[a-z][A-Za-z]*Action$/);
});

test("a cookie-less request to any action stores nothing: no user, session or rate-limit row", async () => {
  // A taken username: a claim of it must fail before a guest is made for it.
  const taken = `taken.${Date.now()}`;
  await db.user.create({ data: { username: taken, passwordHash: "scrypt$0$0$0$x$y" } });
  const before = await rowCounts(db);
  expect(before.user).toBeGreaterThan(0);

  const statuses: string[] = [];
  for (const action of actions) {
    for (const body of WRONG_SHAPES) statuses.push(`${action.name} ${body} ${(await callWithJson(action, body)).status}`);
    for (const argIndex of [0, 1]) statuses.push(`${action.name} form#${argIndex} ${(await callWithForm(action, FAILING_FIELDS, "fetch", argIndex)).status}`);
    statuses.push(`${action.name} no-script ${(await callWithForm(action, FAILING_FIELDS, "noScript")).status}`);
  }
  // The failing fields did reach the actions past validation: an unknown deck is refused as such.
  const byName = (name: string) => actions.find((a) => a.name === name)!;
  const quiz = await callWithForm(byName("startQuizAction"), FAILING_FIELDS, "fetch", 1);
  expect(await quiz.text()).toMatch(/"serverError":\{"formError":"unknownDeck"/);
  const study = await callWithForm(byName("startStudyAction"), FAILING_FIELDS, "fetch", 0);
  expect(study.headers.get("x-action-redirect")).toMatch(/\/en\/study\?error=invalidDecks/);
  const claim = byName("claimAccountAction");
  const takenClaim = { username: taken, password: "a long enough password", confirmPassword: "a long enough password" };
  const claimed = await callWithForm(claim, takenClaim, "fetch", 1);
  expect(await claimed.text()).toMatch(/"serverError":\{"fieldErrors":\{"username":"usernameTaken"\}/);

  expect(await rowCounts(db)).toEqual(before);
  expect(statuses.filter((s) => s.endsWith(" 500"))).toEqual([]);
});

test("every action answers a body of the wrong shape with a validation error, never a 500", async () => {
  for (const action of actions) {
    for (const body of WRONG_SHAPES) {
      const response = await callWithJson(action, body);
      const where = `${action.name} given ${body}`;
      expect(`${where}: ${response.status}`).not.toMatch(/: 5\d\d$/);
      const text = await response.text();
      const redirect = response.headers.get("x-action-redirect") ?? "";
      // A plain form's action answers its failures by going back to its page with ?error=<code>.
      const answered = /"validationErrors":\{/.test(text) || /[?&]error=\w+/.test(redirect);
      expect(`${where}: ${answered ? "validation error" : text.slice(0, 300)}`).toBe(`${where}: validation error`);
      expect(text).not.toContain("Cannot read properties");
    }
  }
});

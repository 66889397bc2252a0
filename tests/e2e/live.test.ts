// A live classroom game in a real Chromium: a teacher hosts an untimed 5-question game (the host
// advances, so nothing here depends on timing); three players join from their own browsers, one in
// Japanese, one in English, and one who reloads mid-question (keeping the seat) and switches language.
// Every stored answer is in the language the player saw; the leaderboard equals a recomputation.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { createPrismaClient, type Db } from "@/app/_data/prisma-client";
import { createGuest } from "@/app/_data/auth/user-store";
import { SESSION_COOKIE } from "@/app/_data/auth/session-token";
import { computeLeaderboard } from "@/app/_domain/live/leaderboard";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

let browser: Browser;
let db: Db;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(process.env.E2E_DATABASE_URL);
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await db?.$disconnect();
});

async function context() {
  const c = await newContext(browser);
  contexts.push(c);
  return c;
}

async function joinAs(locale: "ja" | "en", code: string, nickname: string, learnerToken?: string): Promise<Page> {
  const c = await context();
  if (learnerToken) await c.addCookies([{ name: SESSION_COOKIE, value: learnerToken, url: baseUrl() }]);
  const page = await c.newPage();
  const m = (locale === "ja" ? ja : en).LiveJoin;
  await page.goto(`/${locale}/join/${code}`, { waitUntil: "networkidle" });
  await page.getByLabel(m.nickname).fill(nickname);
  await page.getByLabel(m.language).selectOption(locale);
  await page.getByRole("button", { name: m.join }).click();
  await page.locator(".live-player[data-phase=lobby]").waitFor();
  return page;
}

/** Answers whatever the current question is with the first option, "1", a typed word or the shown order. */
async function answer(page: Page, index: number) {
  await page.locator(`.live-player[data-phase=question][data-question="${index}"]`).waitFor();
  const lang = (await page.locator("html").getAttribute("lang")) === "ja" ? "ja" : "en";
  const m = (lang === "ja" ? ja : en).LivePlay;
  if (await page.locator("[data-keys-ready]").count()) {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("1");
  } else if (await page.locator("#quiz-answer").count()) {
    await page.locator("#quiz-answer").fill(lang === "ja" ? "ジャカルタ" : "Jakarta");
    await page.locator("#quiz-answer").press("Enter");
  } else {
    await page.getByRole("button", { name: m.send }).click();
  }
  await page.getByTestId("answer-stored").waitFor();
}

test("a host and three players play a whole 5-question game, each in their own language", async () => {
  const teacher = await createGuest(db, { uiLocale: "en" });
  await db.user.update({ where: { id: teacher.user.id }, data: { role: "teacher" } });
  const config = { deckKeys: "all", tags: [], count: 5, types: ["multiple_choice", "true_false", "cloze", "ordering"], direction: "en-ja", seed: "e2e" };
  const quiz = await db.quiz.create({ data: { ownerId: teacher.user.id, title: "ADMM-Plus live", config: JSON.stringify(config) } });

  const hostContext = await context();
  await hostContext.addCookies([{ name: SESSION_COOKIE, value: teacher.token, url: baseUrl() }]);
  const host = await hostContext.newPage();
  const h = en.LiveHost;
  await host.goto(`/en/teach/live/new?quiz=${quiz.id}`, { waitUntil: "networkidle" });
  await host.getByLabel(h.untimedOption).check();
  await host.getByRole("button", { name: h.open }).click();
  await host.locator(".live-host[data-phase=lobby]").waitFor();
  const code = (await host.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^\d{6}$/);
  expect(await host.locator("svg[role=img]").getAttribute("aria-label")).toContain(code);

  // Aiko is also a learner (her study cookie): the game's answers become reviews of her cards.
  const learner = await createGuest(db, { uiLocale: "ja" });
  const aiko = await joinAs("ja", code, "あいこ", learner.token);
  const ben = await joinAs("en", code, "Ben");
  const chie = await joinAs("en", code, "Chie");
  await host.getByTestId("players").getByText("Chie").waitFor();

  await host.getByRole("button", { name: h.start }).click();
  const sessionId = new URL(host.url()).pathname.split("/").pop()!;
  for (let i = 0; i < 5; i++) {
    await host.locator(`.live-host[data-phase=question][data-question="${i}"]`).waitFor();
    // Each player sees the prompt in their own language.
    expect(await aiko.locator("#live-prompt").getAttribute("lang")).toBe("ja");
    expect(await ben.locator("#live-prompt").getAttribute("lang")).toBe("en");
    await answer(aiko, i);
    await answer(ben, i);
    if (i === 2) {
      // Chie reloads mid-question: same seat, same question; then switches to Japanese and answers.
      await chie.reload({ waitUntil: "networkidle" });
      await chie.locator(`.live-player[data-phase=question][data-question="2"]`).waitFor();
      await chie.getByRole("button", { name: "日本語" }).click();
      await chie.waitForURL(new RegExp(`/ja/join/${code}$`));
      await chie.locator(`.live-player[data-question="2"]`).waitFor();
      expect(await chie.locator("#live-prompt").getAttribute("lang")).toBe("ja");
    }
    await answer(chie, i);
    await host.getByTestId("answer-count").getByText(en.LiveHost.answered.replace("{count}", "3").replace("{total}", "3")).waitFor();
    await host.getByRole("button", { name: h.reveal }).click();
    await host.getByTestId("right-answer").waitFor();
    for (const p of [aiko, ben, chie]) await p.getByTestId("my-result").waitFor();
    await host.getByRole("button", { name: i === 4 ? h.finish : h.next }).click();
  }
  await host.getByTestId("podium").waitFor();
  for (const p of [aiko, ben, chie]) await p.getByTestId("podium").waitFor();

  const players = await db.player.findMany({ where: { sessionId }, orderBy: { joinOrder: "asc" } });
  expect(players.map((p) => p.nickname)).toEqual(["あいこ", "Ben", "Chie"]);
  const answers = await db.liveAnswer.findMany({ where: { sessionId } });
  expect(answers).toHaveLength(15);
  const langOf = (nickname: string) => answers.filter((a) => a.playerId === players.find((p) => p.nickname === nickname)!.id).sort((a, b) => a.questionIndex - b.questionIndex).map((a) => a.lang);
  expect(langOf("あいこ")).toEqual(["ja", "ja", "ja", "ja", "ja"]);
  expect(langOf("Ben")).toEqual(["en", "en", "en", "en", "en"]);
  expect(langOf("Chie")).toEqual(["en", "en", "ja", "ja", "ja"]);
  const board = computeLeaderboard(players.map((p) => ({ id: p.id, nickname: p.nickname, joinOrder: p.joinOrder })), answers);
  for (const p of players) expect(board.find((r) => r.playerId === p.id)!.score).toBe(p.score);

  // Aiko's flashcards: one class review per item asked (at least one per question), none for the others.
  const classReviews = await db.reviewLog.findMany({ where: { userId: learner.user.id, kind: "class" } });
  expect(classReviews.length).toBeGreaterThanOrEqual(5);
  expect(await db.reviewLog.count({ where: { userId: teacher.user.id } })).toBe(0);

  // The CSV report: a BOM, English headers (the host's page language), one row per player with their score.
  await host.getByRole("link", { name: h.report }).click();
  await host.getByRole("heading", { level: 1 }).waitFor();
  const csv = await host.evaluate(async (id) => {
    const res = await fetch(`/api/live/host/${id}/report?locale=en`);
    return { type: res.headers.get("content-type"), bytes: Array.from(new Uint8Array(await res.arrayBuffer())) };
  }, sessionId);
  expect(csv.type).toContain("text/csv");
  const text = Buffer.from(csv.bytes).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split("\r\n");
  expect(lines[0]).toBe(["Section", "Rank", "Nickname", "Score", "Right answers", "Answers", "Mean time (s)"].join(","));
  for (const p of players) expect(lines.some((l) => l.startsWith("Player,") && l.includes(`,${p.nickname},${p.score},`))).toBe(true);
}, 300_000);

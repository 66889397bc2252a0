// Studying in a real browser: a guest picks a deck, reveals with Space/Enter, rates with 1–4, undoes with
// Z and sees the summary; in English and in Japanese; every answer is in the review log before the next card.
import type { Browser, Locator, Page } from "playwright-core";
import { createPrismaClient, type Db } from "@/app/_data/prisma-client";
import { launchBrowser, newContext } from "./support/browser";

let browser: Browser;
let db: Db;
beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(process.env.E2E_DATABASE_URL);
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function learnerLog(page: Page) {
  const cookie = (await page.context().cookies()).find((c) => c.name === "sid");
  expect(cookie?.httpOnly).toBe(true);
  const { sessionIdOf } = await import("@/app/_data/auth/session-token");
  const session = await db.authSession.findUniqueOrThrow({ where: { id: sessionIdOf(cookie!.value) } });
  return db.reviewLog.findMany({ where: { userId: session.userId }, orderBy: { reviewedAt: "asc" } });
}

/** Waits until the locator shows (playwright-core has no web-first assertions). */
const visible = (locator: Locator) => locator.first().waitFor({ state: "visible", timeout: 10_000 });

/** The prompt text currently on the card (the question side). */
const prompt = (page: Page) => page.getByRole("article").locator("p[lang]").first();

describe("studying flashcards", () => {
  test("in English: pick a deck, Space reveals, 1–4 rate, Z undoes, the summary counts what stayed", async () => {
    const context = await newContext(browser, { locale: "en-US", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/en/study");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Study");

    // Nothing chosen: a clear error, nothing made.
    await page.getByRole("button", { name: "Start studying" }).click();
    await visible(page.getByText("Choose at least one deck."));

    await page.getByRole("checkbox", { name: /Experts' Working Groups/ }).check();
    await page.getByRole("button", { name: "Start studying" }).click();
    await page.waitForURL(/\/en\/study\/review\?deck=/);
    const card = page.getByRole("article", { name: "Flashcard" });
    await card.waitFor();

    const seen: string[] = [];
    for (const key of ["1", "2", "3", "4"]) {
      seen.push((await prompt(page).textContent())!);
      expect(await page.getByRole("group", { name: "How well did you remember it?" }).count()).toBe(0);
      await page.keyboard.press("Space");
      const ratings = page.getByRole("group", { name: "How well did you remember it?" });
      await ratings.waitFor();
      // Each button previews its interval in English, e.g. "Good 10 min", "Easy 6 days".
      expect(await ratings.getByRole("button").allTextContents()).toEqual([
        expect.stringMatching(/^Again\s*\d+ (min|hours?|days?|months?|years?)/),
        expect.stringMatching(/^Hard/),
        expect.stringMatching(/^Good/),
        expect.stringMatching(/^Easy\s*\d+(\.\d)? (days?|months?|years?)/),
      ]);
      const box = await ratings.getByRole("button", { name: /Good/ }).boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await page.keyboard.press(key);
      await page.getByRole("button", { name: "Show answer" }).waitFor();
      await visible(page.getByRole("status").filter({ hasText: "Saved." }));
    }
    // Every answer was stored before the next card appeared.
    expect((await learnerLog(page)).map((l) => [l.kind, l.rating])).toEqual([["review", 1], ["review", 2], ["review", 3], ["review", 4]]);

    await page.keyboard.press("z");
    await visible(page.getByRole("status").filter({ hasText: "Last answer taken back." }));
    expect(await prompt(page).textContent()).toBe(seen[3]);
    const log = await learnerLog(page);
    expect(log.map((l) => l.kind)).toEqual(["review", "review", "review", "review", "undo"]);
    expect(log[4].undoesId).toBe(log[3].id);

    // The prompt is marked with its language; the reading aloud button is labelled in English.
    expect(["ja", "en"]).toContain(await prompt(page).getAttribute("lang"));
    await page.getByRole("button", { name: "End session" }).click();
    await page.getByRole("heading", { name: "Session complete" }).waitFor();
    await visible(page.getByText("3 cards reviewed"));
    await visible(page.getByText("Remembered: 67%"));
    await page.getByRole("button", { name: "Keep studying" }).click();
    expect(await prompt(page).textContent()).toBe(seen[3]);
    await context.close();
  });

  test("in Japanese: a Japanese prompt (lang=ja), Enter reveals, buttons in Japanese with '分'/'日'", async () => {
    const context = await newContext(browser, { locale: "ja-JP" });
    const page = await context.newPage();
    await page.goto("/ja/study");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("学習");
    await page.getByRole("checkbox", { name: /専門家会合|EWG/ }).check();
    await page.getByRole("button", { name: "学習を始める" }).click();
    await page.waitForURL(/\/ja\/study\/review/);
    await page.getByRole("article", { name: "フラッシュカード" }).waitFor();
    // New cards come in note order, ja→en first: the first prompt is the Japanese question.
    expect(await prompt(page).getAttribute("lang")).toBe("ja");
    expect(await prompt(page).textContent()).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    await page.keyboard.press("Enter");
    const ratings = page.getByRole("group", { name: "どのくらい覚えていましたか？" });
    await ratings.waitFor();
    expect(await ratings.getByRole("button").allTextContents()).toEqual([
      expect.stringMatching(/^もう一度\s*\d+分/),
      expect.stringMatching(/^難しい\s*\d+分/),
      expect.stringMatching(/^正解\s*\d+分/),
      expect.stringMatching(/^簡単\s*\d+日/),
    ]);
    // The answer is in English, marked as such inside the Japanese page.
    expect(await page.getByRole("article").locator("p[lang='en']").first().isVisible()).toBe(true);
    await ratings.getByRole("button", { name: /正解/ }).click();
    await page.getByRole("button", { name: "答えを表示" }).waitFor();
    await page.getByRole("button", { name: "学習を終える" }).click();
    await page.getByRole("heading", { name: "おつかれさまでした" }).waitFor();
    await visible(page.getByText("1枚に回答しました"));
    await context.close();
  });

  test("an unknown deck or a visitor without cards gets a page, not an error", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto("/en/study/review?deck=no-such-deck");
    expect(response!.status()).toBeLessThan(400);
    expect(new URL(page.url()).pathname).toBe("/en/study"); // no learner yet: back to the deck list
    await page.getByRole("checkbox", { name: /About This Commentary/ }).check();
    await page.getByRole("button", { name: "Start studying" }).click();
    await page.waitForURL(/\/en\/study\/review/);
    await page.goto("/en/study/review?deck=no-such-deck");
    await visible(page.getByText("These decks do not exist any more."));
    await context.close();
  });
});


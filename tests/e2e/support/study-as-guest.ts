// A guest who has studied a few cards and has a quiz in progress, made the way a visitor makes one:
// through the app's own pages and server actions in Chromium. Used by the accessibility test and by
// `npm run bench:http`, which both need the pages that depend on the learner to have something to show.
import type { BrowserContext } from "playwright-core";
import en from "@/messages/en.json";

export interface PreparedGuest {
  /** The `sid` session cookie the app set. */
  sessionCookie: string;
  /** Path of the review page for the studied deck, e.g. /en/study/review?deck=… */
  reviewPath: string;
  /** Path of the first question of the quiz in progress, e.g. /en/quiz/abc?q=1 */
  questionPath: string;
  /** Path of one fact's page, e.g. /en/facts/… */
  factPath: string;
}

const ratingKeys = ["3", "1", "4", "3", "2"];

/** Studies `cards` cards of the first deck in English, then starts a quiz; the context keeps the cookie. */
export async function studyAsGuest(context: BrowserContext, cards = 4): Promise<PreparedGuest> {
  const page = await context.newPage();
  try {
    await page.goto("/en/study", { waitUntil: "networkidle" });
    await page.getByRole("checkbox").first().check();
    await page.getByRole("button", { name: en.Study.start }).click();
    await page.waitForURL(/\/en\/study\/review\?deck=/);
    const reviewPath = new URL(page.url()).pathname + new URL(page.url()).search;
    const ratings = page.getByRole("group", { name: en.Study.review.rateLegend });
    for (let i = 0; i < cards; i++) {
      await page.getByRole("button", { name: en.Study.review.show }).waitFor();
      await page.keyboard.press("Space");
      await ratings.waitFor();
      await page.keyboard.press(ratingKeys[i % ratingKeys.length]);
      // The next card replaces the rating buttons only once the answer is stored.
      await ratings.waitFor({ state: "detached" });
    }

    await page.goto("/en/quiz", { waitUntil: "networkidle" });
    await page.getByLabel(en.Quiz.setup.count).fill("5");
    await page.getByRole("button", { name: en.Quiz.setup.submit }).click();
    await page.waitForURL(/\/en\/quiz\/\w+\?q=1$/);
    const questionPath = new URL(page.url()).pathname + new URL(page.url()).search;

    await page.goto("/en/facts", { waitUntil: "domcontentloaded" });
    const factHref = await page.locator("a.fact-card__permalink").first().getAttribute("href");
    if (!factHref) throw new Error("the fact list shows no fact link");

    const sid = (await context.cookies()).find((c) => c.name === "sid");
    if (!sid) throw new Error("studying did not set a session cookie");
    return { sessionCookie: sid.value, reviewPath, questionPath, factPath: factHref };
  } finally {
    await page.close();
  }
}

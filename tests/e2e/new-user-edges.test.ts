// The rough edges a new user hit, checked in Chromium against the app as `npm start` serves it:
// a phone layout a learner can use daily (375×812, both languages), the study session's count kept over a
// language switch, Back to an answered quiz question, 404s readable without JavaScript, and the search
// box's limit.
import type { Browser, BrowserContext, Page } from "playwright-core";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { launchBrowser, newContext } from "./support/browser";
import { navItemsFor } from "@/app/_components/nav-items";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } as const;
const catalogs = { en, ja } as const;

type Box = { x: number; y: number; width: number; height: number };
const inViewport = (box: Box | null, width = 375, height = 812) =>
  !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5;

async function startStudying(page: Page, locale: "en" | "ja") {
  const m = catalogs[locale];
  await page.goto(`/${locale}/study`, { waitUntil: "networkidle" });
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: m.Study.start }).click();
  await page.waitForURL(new RegExp(`/${locale}/study/review\\?`));
}

/** Shows the answer, rates it, and waits until the next card (or the summary) replaces the buttons. */
async function rate(page: Page, locale: "en" | "ja", key: string) {
  const m = catalogs[locale];
  const ratings = page.getByRole("group", { name: m.Study.review.rateLegend });
  await page.getByRole("button", { name: m.Study.review.show }).click();
  await ratings.waitFor();
  await ratings.getByRole("button").nth(Number(key) - 1).click();
  await ratings.waitFor({ state: "detached" });
}

describe.each(["en", "ja"] as const)("on a phone (375×812), %s", (locale) => {
  const m = catalogs[locale];
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(browser, { ...PHONE, locale: locale === "ja" ? "ja-JP" : "en-US" });
  });
  afterAll(async () => {
    await context?.close();
  });

  test("the header is compact, every menu entry is on screen, and nothing scrolls sideways", async () => {
    const page = await context.newPage();
    await page.goto(`/${locale}/study`, { waitUntil: "networkidle" });
    const header = await page.locator("header.site-header").boundingBox();
    expect(header!.height).toBeLessThanOrEqual(140);
    const nav = page.getByRole("navigation", { name: m.Nav.label });
    const links = nav.getByRole("link");
    // A learner's menu (a guest's, here): every entry, none hidden behind a sideways scroll.
    const keys = navItemsFor("student").map((item) => item.key);
    expect(await links.count()).toBe(keys.length);
    for (const key of keys) {
      const link = nav.getByRole("link", { name: m.Nav[key], exact: true });
      const box = await link.boundingBox();
      expect(inViewport(box)).toBe(true);
      expect(box!.height).toBeGreaterThanOrEqual(24); // a touch target
      // The whole label shows (not cut off).
      expect(await link.evaluate((a) => a.scrollWidth <= a.clientWidth + 1)).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Scrolled down, the header has gone: it does not keep a slice of the screen.
    await page.evaluate(() => window.scrollTo(0, 400));
    const scrolled = await page.locator("header.site-header").boundingBox();
    expect(scrolled!.y + scrolled!.height).toBeLessThanOrEqual(0);
    await page.close();
  });

  test("after Show answer the four rating buttons are on screen without scrolling", async () => {
    const page = await context.newPage();
    await startStudying(page, locale);
    for (let card = 0; card < 3; card++) {
      await page.getByRole("button", { name: m.Study.review.show }).click();
      const ratings = page.getByRole("group", { name: m.Study.review.rateLegend });
      await ratings.waitFor();
      const buttons = ratings.getByRole("button");
      expect(await buttons.count()).toBe(4);
      for (let i = 0; i < 4; i++) expect(inViewport(await buttons.nth(i).boundingBox())).toBe(true);
      await buttons.nth(2).click();
      await ratings.waitFor({ state: "detached" });
    }
    await page.close();
  });
});

test("switching language mid-study keeps the session's count (2 reviews, switch, 2 more = 4)", async () => {
  const context = await newContext(browser, { locale: "en-US" });
  const page = await context.newPage();
  await startStudying(page, "en");
  await rate(page, "en", "3");
  await rate(page, "en", "1");
  // The page's URL names its session, so the language link carries it.
  await page.waitForURL(/[?&]session=[a-f0-9]{32}/);
  await page.getByRole("navigation", { name: en.LocaleSwitcher.label }).getByRole("link", { name: en.LocaleSwitcher.ja }).click();
  await page.waitForURL(/\/ja\/study\/review\?.*session=/);
  await page.getByRole("button", { name: ja.Study.review.show }).waitFor();
  await rate(page, "ja", "3");
  await rate(page, "ja", "4");
  await page.getByRole("button", { name: ja.Study.review.finish }).click();
  const summary = page.getByRole("region", { name: ja.Study.summary.title });
  await summary.waitFor();
  const tally = await summary.locator("table tbody tr td").allTextContents();
  expect(tally.map((t) => Number(t.trim()))).toEqual([1, 0, 2, 1]);
  await context.close();
});

test("Back after answering a quiz question shows it answered, with the answer that counts", async () => {
  const context = await newContext(browser, { locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/en/quiz", { waitUntil: "networkidle" });
  // Typing before the form is hydrated would be reset by react-hook-form's registration.
  await page.locator('form[data-hydrated="true"]').first().waitFor();
  await page.getByLabel(en.Quiz.setup.count).fill("3");
  await page.getByRole("radio", { name: en.Quiz.directions["en-en"] }).check();
  // Choice questions only (radio buttons); each box is checked again until it shows the wanted state.
  for (const type of Object.keys(en.Quiz.types) as Array<keyof typeof en.Quiz.types>) {
    const box = page.getByRole("checkbox", { name: en.Quiz.types[type] });
    const wanted = type === "multiple_choice" || type === "true_false";
    for (let attempt = 0; attempt < 3 && (await box.isChecked()) !== wanted; attempt++) await box.setChecked(wanted).catch(() => {});
    expect(await box.isChecked()).toBe(wanted);
  }
  await page.getByRole("button", { name: en.Quiz.setup.submit }).click();
  await page.waitForURL(/\/en\/quiz\/\w+\?q=1$/);
  await page.locator("form[data-keys=on]").waitFor();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: en.Quiz.question.submit }).click();
  const verdict = page.locator("[data-verdict]");
  await verdict.waitFor();
  const chosen = await page.getByRole("radio", { checked: true }).getAttribute("value");
  await page.getByRole("link", { name: en.Quiz.question.next }).click();
  await page.waitForURL(/\?q=2$/);
  await page.locator("form[data-keys=on]").waitFor();

  await page.goBack();
  await page.waitForURL(/\?q=1$/);
  await verdict.waitFor();
  expect(await page.getByRole("button", { name: en.Quiz.question.submit }).count()).toBe(0);
  expect(await page.getByRole("radio", { checked: true }).getAttribute("value")).toBe(chosen);
  expect(await page.getByRole("radio").first().isDisabled()).toBe(true);
  await context.close();
});

describe("without JavaScript", () => {
  test.each(["en", "ja"] as const)("an unknown page (%s) shows its 404 text, in its language", async (locale) => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`/${locale}/no-such-page/deeper`);
    expect(response!.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(catalogs[locale].NotFound.title);
    expect(await page.getByText(catalogs[locale].NotFound.body).isVisible()).toBe(true);
    expect(await page.locator("html").getAttribute("lang")).toBe(locale);
    expect(await page.getByRole("link", { name: catalogs[locale].Common.backHome }).getAttribute("href")).toBe(`/${locale}`);
    await context.close();
  });

  test("the search box stops at 200 characters and a longer search (typed in the URL) says why", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/facts");
    const box = page.getByRole("searchbox", { name: en.Facts.search });
    expect(await box.getAttribute("maxlength")).toBe("200");
    await box.fill("x".repeat(250));
    expect((await box.inputValue()).length).toBe(200);
    expect(await page.getByText(en.Facts.searchHint.replace("{max}", "200")).isVisible()).toBe(true);

    const response = await page.goto(`/en/facts?q=${"a".repeat(250)}`);
    expect(response!.status()).toBe(200);
    const alert = page.getByRole("alert");
    expect(await alert.textContent()).toContain("250");
    expect(await alert.textContent()).toContain("200");
    expect(await page.locator("ol.fact-list > li").count()).toBe(0);
    await context.close();
  });
});

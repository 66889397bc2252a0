// Caching must never show one learner another's data. Two guests who studied different amounts visit
// every main page, in both languages, interleaved (each visit can fill a cache the other then reads):
// the content pages are the same for both, each learner page shows its own figures before and after
// the other guest's visit, and a guest cannot open the other's quiz.
import type { Browser, BrowserContext, Page } from "playwright-core";
import en from "@/messages/en.json";
import { launchBrowser, newContext } from "./support/browser";
import { studyAsGuest, type PreparedGuest } from "./support/study-as-guest";

const LOCALES = ["ja", "en"] as const;
const inLocale = (path: string, locale: string) => path.replace(/^\/en(?=\/|$|\?)/, `/${locale}`);

interface Learner {
  context: BrowserContext;
  guest: PreparedGuest;
}

let browser: Browser;
let a: Learner;
let b: Learner;
beforeAll(async () => {
  browser = await launchBrowser();
  const make = async (cards: number): Promise<Learner> => {
    const context = await newContext(browser, { locale: "en-US" });
    return { context, guest: await studyAsGuest(context, cards) };
  };
  a = await make(4);
  b = await make(1);
}, 600_000); // two guests study through the browser: slow on a busy machine
afterAll(async () => {
  await a?.context.close();
  await b?.context.close();
  await browser?.close();
});

/** The visible text of the page's main region (no nonces or other per-response attributes). */
async function mainText(learner: Learner, path: string): Promise<string> {
  const page: Page = await learner.context.newPage();
  try {
    const response = await page.goto(path, { waitUntil: "domcontentloaded" });
    expect(`${path} ${response?.status()}`).toBe(`${path} 200`);
    return await page.locator("main").innerText();
  } finally {
    await page.close();
  }
}

const CONTENT_PAGES: Record<string, (g: PreparedGuest) => string> = {
  home: () => "/en",
  facts: () => "/en/facts",
  fact: (g) => g.factPath,
  glossary: () => "/en/glossary",
  "facts, a filtered page": () => "/en/facts?page=2",
};
const LEARNER_PAGES = ["/en/study", "/en/quiz", "/en/progress", "/en/account"];

describe("two guests who studied different amounts", () => {
  test("the guests' progress differs (4 reviews and 1)", async () => {
    const total = (n: number) => `${en.Progress.tiles.totalReviews}\n${n}\n`;
    expect(await mainText(a, "/en/progress")).toContain(total(4));
    expect(await mainText(b, "/en/progress")).toContain(total(1));
  });

  test.each(LOCALES.flatMap((locale) => Object.keys(CONTENT_PAGES).map((name) => [locale, name])))(
    "%s: %s is the same for both",
    async (locale, name) => {
      const path = inLocale(CONTENT_PAGES[name](a.guest), locale);
      const first = await mainText(a, path);
      const second = await mainText(b, path);
      const third = await mainText(a, path);
      expect(second).toBe(first);
      expect(third).toBe(first);
    },
  );

  test.each(LOCALES.flatMap((locale) => LEARNER_PAGES.map((path) => [inLocale(path, locale), path])))(
    "%s shows each guest their own data, whoever came first",
    async (path, englishPath) => {
      const aBefore = await mainText(a, path);
      const bView = await mainText(b, path);
      const aAfter = await mainText(a, path);
      const bAfter = await mainText(b, path);
      expect(aAfter).toBe(aBefore);
      expect(bAfter).toBe(bView);
      // Studied amounts differ, so the pages that count them differ.
      if (!englishPath.endsWith("/quiz") && !englishPath.endsWith("/account")) expect(bView).not.toBe(aBefore);
    },
  );

  test("a guest cannot open the other's quiz question", async () => {
    const page = await b.context.newPage();
    try {
      const response = await page.goto(a.guest.questionPath, { waitUntil: "domcontentloaded" });
      expect(response?.status()).toBe(404);
    } finally {
      await page.close();
    }
  });
});

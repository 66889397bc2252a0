// Accessibility with axe in a real Chromium: every main page, in Japanese and in English, in the light
// and in the dark colour scheme, has no serious or critical violation (contrast, names, `lang`, …).
// The pages that depend on the learner are checked for a guest who has studied and started a quiz.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, newContext } from "./support/browser";
import { studyAsGuest, type PreparedGuest } from "./support/study-as-guest";

const LOCALES = ["ja", "en"] as const;
const SCHEMES = ["light", "dark"] as const;

let browser: Browser;
let context: BrowserContext;
let guest: PreparedGuest;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, { locale: "en-US", viewport: { width: 390, height: 844 } });
  guest = await studyAsGuest(context);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** The main pages; the learner's pages were made in English and are moved to the locale. */
const PAGES: Record<string, (g: PreparedGuest) => string> = {
  home: () => "/en",
  facts: () => "/en/facts",
  fact: (g) => g.factPath,
  glossary: () => "/en/glossary",
  study: () => "/en/study",
  review: (g) => g.reviewPath,
  "quiz set-up": () => "/en/quiz",
  "quiz question": (g) => g.questionPath,
  progress: () => "/en/progress",
  account: () => "/en/account",
};
const inLocale = (path: string, locale: string) => path.replace(/^\/en(?=\/|$|\?)/, `/${locale}`);

/** One line per serious or critical violation: rule, impact, help and the offending elements. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`).join("\n    ")}`);
}

const cases = LOCALES.flatMap((locale) => SCHEMES.flatMap((scheme) => Object.keys(PAGES).map((name) => [locale, scheme, name])));

describe("no serious or critical axe violation", () => {
  test.each(cases)("%s, %s scheme: %s", async (locale, scheme, name) => {
    const path = inLocale(PAGES[name](guest), locale);
    const page = await context.newPage();
    try {
      await page.emulateMedia({ colorScheme: scheme as (typeof SCHEMES)[number] });
      const response = await page.goto(path, { waitUntil: "networkidle" });
      expect(`${path} ${response?.status()}`).toBe(`${path} 200`);
      expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(scheme === "dark");
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

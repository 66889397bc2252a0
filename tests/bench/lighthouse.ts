// `npm run bench:lighthouse`: Lighthouse 12 (mobile, its default simulated throttling) with Debian's Chromium
// over home, study, quiz set-up and facts, in both languages and both colour schemes, the median of 3 runs
// each. Starts the app as `npm start` does; the study and quiz pages are loaded with the cookie of a guest
// who has studied (made through the app's pages in Chromium). Prints performance and accessibility, and the
// failing accessibility audits. Goal (issue 13): performance ≥ 95, accessibility 100. A script, not a test.
// Options: --runs=N (default 3), --pages=home,study,quiz,facts, --locales=ja,en, --schemes=light,dark.
import os from "node:os";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchBrowser } from "../e2e/support/browser";
import { studyAsGuest } from "../e2e/support/study-as-guest";
import { startApp } from "./support/app-server";
import { choosePages, inLocale, MAIN_PAGES, optionOf } from "./support/main-pages";

const RUNS = Number(optionOf("runs") ?? 3);
const LOCALES = (optionOf("locales") ?? "ja,en").split(",");
const SCHEMES = (optionOf("schemes") ?? "light,dark").split(",") as ("light" | "dark")[];
const pages = choosePages(optionOf("pages") ?? "home,study,quiz,facts", MAIN_PAGES);

// Blink's preferred colour scheme: 0 is dark, 1 is light (what `prefers-color-scheme` answers).
const schemeFlag = (scheme: "light" | "dark") => `--blink-settings=preferredColorScheme=${scheme === "dark" ? 0 : 1}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

async function main() {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const { default: puppeteer } = await import("puppeteer-core");
  console.log(`bench:lighthouse, mobile, median of ${RUNS}; load average ${load()}`);
  const app = await startApp();
  const rows: string[] = [];
  try {
    const browser = await launchBrowser();
    const guest = await studyAsGuest(await browser.newContext({ baseURL: app.baseUrl, locale: "en-US" }));
    await browser.close();

    for (const scheme of SCHEMES) {
      const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS, schemeFlag(scheme)] });
      try {
        // The flag is what Lighthouse's page will see: check it once in this very browser, through the
        // puppeteer-core Lighthouse itself drives it with (it adds no emulation of its own).
        const check = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
        const checkPage = await check.newPage();
        const dark = await checkPage.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
        await checkPage.close();
        await check.disconnect();
        if (dark !== (scheme === "dark")) throw new Error(`Chromium did not take the ${scheme} scheme`);

        for (const locale of LOCALES) {
          for (const mainPage of pages) {
            const url = app.baseUrl + inLocale(mainPage.path(guest), locale);
            const performance: number[] = [];
            const accessibility: number[] = [];
            const failing = new Set<string>();
            for (let run = 0; run < RUNS; run++) {
              const result = await lighthouse(url, {
                port: chrome.port,
                output: "json",
                logLevel: "error",
                onlyCategories: ["performance", "accessibility"],
                extraHeaders: mainPage.learner ? { Cookie: `sid=${guest.sessionCookie}` } : undefined,
              });
              if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
              const { categories, audits } = result.lhr;
              performance.push(Math.round((categories.performance.score ?? 0) * 100));
              accessibility.push(Math.round((categories.accessibility.score ?? 0) * 100));
              for (const ref of categories.accessibility.auditRefs) {
                const audit = audits[ref.id];
                if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.add(ref.id);
              }
            }
            const row =
              `| ${mainPage.name} | ${locale} | ${scheme} | ${median(performance)} (${performance.join(", ")}) | ` +
              `${median(accessibility)} | ${[...failing].join(", ") || "—"} |`;
            rows.push(row);
            console.log(row);
          }
        }
      } finally {
        chrome.kill();
      }
    }
  } finally {
    await app.stop();
  }
  console.log(`\n| page | locale | scheme | performance, median (runs) | accessibility | failing a11y audits |`);
  console.log(`| --- | --- | --- | --- | --- | --- |`);
  for (const row of rows) console.log(row);
  console.log(`\nload average at the end: ${load()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

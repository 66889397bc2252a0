// `npm run bench:http`: throughput and latency of every main page, both languages, against a static asset of
// the same server measured in the same run. Starts the app as `npm start` does (production build; SQLite,
// or a throwaway PostgreSQL cluster with --pg), makes a guest who has studied a few cards and has a quiz in
// progress (through the app's own pages and server actions, in Chromium), then for each page runs
// autocannon on a /_next/static script and on the page, one after the other, at 10 connections: req/s, p50,
// p99 and the ratio page/static. Then each page at 50 connections: errors and p99. Prints tables; a script,
// not a test: it reports, it does not fail on a slow machine.
// Targets (issue 13): every page ≥ 0.30× static with p99 ≤ 100 ms and no errors; at 50 connections no
// errors and p99 ≤ 500 ms.
// Options: --pg, --duration=S (seconds per run, default 10), --pages=home,facts,… (default all),
// --locales=ja,en, --connections=N (default 10), --heavy=N (default 50; 0 skips that pass).
import os from "node:os";
import autocannon, { type Result } from "autocannon";
import { launchBrowser } from "../e2e/support/browser";
import { studyAsGuest, type PreparedGuest } from "../e2e/support/study-as-guest";
import { startApp, staticAssetPath } from "./support/app-server";
import { choosePages, inLocale, optionOf } from "./support/main-pages";

const DURATION = Number(optionOf("duration") ?? 10);
const CONNECTIONS = Number(optionOf("connections") ?? 10);
const HEAVY = Number(optionOf("heavy") ?? 50);
const LOCALES = (optionOf("locales") ?? "ja,en").split(",");
const POSTGRES = process.argv.includes("--pg");
const pages = choosePages(optionOf("pages"));

/** Failed requests: connection errors and timeouts (autocannon's 10 s), and answers other than 2xx. */
const errorsOf = (r: Result) => (r.timeouts ? `${r.errors + r.non2xx} + ${r.timeouts} timeouts` : String(r.errors + r.non2xx));
/** Answered / sent: requests still unanswered when the run ends count in neither req/s nor the latencies. */
const answeredOf = (r: Result) => `${r.requests.total}/${r.requests.sent}`;
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

/**
 * One autocannon run, then a wait until the server has finished what the run left it: requests that timed out
 * on the client side are still rendered, and would otherwise be measured as the next run's slowness.
 */
async function run(url: string, connections: number, headers: Record<string, string>): Promise<Result> {
  const result = await autocannon({ url, connections, duration: DURATION, headers });
  await (await fetch(url, { headers, signal: AbortSignal.timeout(120_000) })).arrayBuffer();
  return result;
}

/** A few sequential requests so that the first measured one is not the first served. */
async function warmUp(url: string, headers: Record<string, string>) {
  for (let i = 0; i < 5; i++) {
    const response = await fetch(url, { headers, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  }
}

async function prepareGuest(baseUrl: string): Promise<PreparedGuest> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ baseURL: baseUrl, locale: "en-US" });
    return await studyAsGuest(context);
  } finally {
    await browser.close();
  }
}

async function main() {
  console.log(`bench:http on ${POSTGRES ? "PostgreSQL" : "SQLite"}, ${DURATION} s per run; load average ${load()}`);
  const app = await startApp({ postgres: POSTGRES });
  try {
    const guest = await prepareGuest(app.baseUrl);
    const staticUrl = app.baseUrl + (await staticAssetPath(app.baseUrl));
    const cookie = { cookie: `sid=${guest.sessionCookie}` };
    await warmUp(staticUrl, {});
    console.log(`static asset: ${staticUrl.replace(app.baseUrl, "")}\n`);

    const targets = LOCALES.flatMap((locale) =>
      pages.map((page) => ({
        label: `${page.name} (${locale})`,
        path: inLocale(page.path(guest), locale),
        headers: page.learner ? cookie : ({} as Record<string, string>),
      })),
    );

    console.log(`| page | path | req/s | static req/s | × static | p50 ms | p99 ms | errors | answered/sent |`);
    console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
    for (const target of targets) {
      await warmUp(app.baseUrl + target.path, target.headers);
      const asset = await run(staticUrl, CONNECTIONS, {});
      const page = await run(app.baseUrl + target.path, CONNECTIONS, target.headers);
      const ratio = page.requests.average / asset.requests.average;
      console.log(
        `| ${target.label} | \`${target.path}\` | ${page.requests.average.toFixed(0)} | ${asset.requests.average.toFixed(0)} | ` +
          `${ratio.toFixed(3)} | ${page.latency.p50} | ${page.latency.p99} | ${errorsOf(page)} | ${answeredOf(page)} |`,
      );
    }

    if (HEAVY > 0) {
      console.log(`\nAt ${HEAVY} connections (load average ${load()}):\n`);
      console.log(`| page | req/s | p99 ms | errors | answered/sent |`);
      console.log(`| --- | --- | --- | --- | --- |`);
      const asset = await run(staticUrl, HEAVY, {});
      console.log(`| static asset | ${asset.requests.average.toFixed(0)} | ${asset.latency.p99} | ${errorsOf(asset)} | ${answeredOf(asset)} |`);
      for (const target of targets) {
        const page = await run(app.baseUrl + target.path, HEAVY, target.headers);
        console.log(`| ${target.label} | ${page.requests.average.toFixed(0)} | ${page.latency.p99} | ${errorsOf(page)} | ${answeredOf(page)} |`);
      }
    }
    console.log(`\nload average at the end: ${load()}`);
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

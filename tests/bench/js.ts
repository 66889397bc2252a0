// `npm run bench:js`: first-load JavaScript per main page, gzip, from a real load in Chromium: every script
// the page loads until the network is idle, each body gzipped (level 9, as a CDN would serve it; the
// bytes on the wire with the server's own compression, from DevTools, are printed beside it). The framework's baseline is
// what a minimal App Router page loads: the first-load chunks the build lists for the `/_not-found`
// route (.next/diagnostics/route-bundle-stats.json), a page of Next's own with no client code of the
// app (app/not-found.tsx is a server component): the build manifest's `rootMainFiles` (React, the
// router, the Turbopack runtime) plus the chunk of Next's client segment components (ClientPageRoot,
// the layout router, the not-found boundary) that every App Router page loads. Falls back to
// `rootMainFiles` alone when the build has no such statistics. Prints each page's surplus over the baseline and which libraries its extra chunks
// contain. Goal (issue 13): no page more than 25 KB gzip over the baseline. A script, not a test.
// Options: --pages=home,quiz,… (default all), --locales=ja,en (default en; the bundles do not depend on it).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Response } from "playwright-core";
import { launchBrowser } from "../e2e/support/browser";
import { studyAsGuest } from "../e2e/support/study-as-guest";
import { startApp } from "./support/app-server";
import { choosePages, inLocale, optionOf } from "./support/main-pages";

const BUDGET_KB = 25;
const LOCALES = (optionOf("locales") ?? "en").split(",");
const pages = choosePages(optionOf("pages"));

/** Strings that survive minification and tell which library a chunk holds. */
const LIBRARIES: { name: string; markers: string[] }[] = [
  { name: "react-hook-form", markers: ["shouldUnregister", "criteriaMode"] },
  { name: "@hookform/resolvers", markers: ["raw?Object.assign({},", "shouldUseNativeValidation&&"] },
  { name: "zod", markers: ["invalid_type", "ZodError"] },
  { name: "next-intl / use-intl", markers: ["MISSING_MESSAGE", "INVALID_MESSAGE"] },
  { name: "ts-fsrs", markers: ["request_retention", "enable_fuzz"] },
];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipSize = (body: Buffer) => zlib.gzipSync(body, { level: 9 }).length;

interface Script {
  url: string;
  gzip: number;
  transferred: number;
  libraries: string[];
}

async function scriptOf(response: Response, transferred: Map<string, Promise<number>>): Promise<Script> {
  const body = await response.body();
  const text = body.toString("utf8");
  const url = new URL(response.url()).pathname;
  return {
    url,
    gzip: gzipSize(body),
    transferred: (await transferred.get(response.url())) ?? 0,
    libraries: LIBRARIES.filter((l) => l.markers.some((m) => text.includes(m))).map((l) => l.name),
  };
}

function frameworkBaseline(root: string): { files: string[]; source: string } {
  const stats = path.join(root, ".next", "diagnostics", "route-bundle-stats.json");
  if (fs.existsSync(stats)) {
    const routes = JSON.parse(fs.readFileSync(stats, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
    const notFound = routes.find((r) => r.route === "/_not-found");
    if (notFound) return { files: notFound.firstLoadChunkPaths.map((p) => `/_next/${p.replace(/^\.next\//, "")}`), source: "first-load chunks of Next's /_not-found route" };
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "build-manifest.json"), "utf8"));
  return { files: (manifest.rootMainFiles as string[]).map((file) => `/_next/${file}`), source: "rootMainFiles of the build manifest" };
}

async function main() {
  const root = path.resolve(__dirname, "../..");
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ baseURL: app.baseUrl, locale: "en-US" });
    const guest = await studyAsGuest(context);

    const { files: baselineFiles, source } = frameworkBaseline(root);
    let baseline = 0;
    for (const file of baselineFiles) baseline += gzipSize(Buffer.from(await (await fetch(app.baseUrl + file)).arrayBuffer()));
    console.log(`framework baseline (${source}, ${baselineFiles.length} scripts): ${kb(baseline)} KB gzip\n`);

    const rows: { label: string; total: number; transferred: number; extra: Script[] }[] = [];
    for (const locale of LOCALES) {
      for (const mainPage of pages) {
        const pagePath = inLocale(mainPage.path(guest), locale);
        const page = await context.newPage();
        // Bytes on the wire per script (body as the server compressed it, plus headers), from DevTools.
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        const urls = new Map<string, string>();
        const finished = new Map<string, (bytes: number) => void>();
        const transferred = new Map<string, Promise<number>>();
        cdp.on("Network.responseReceived", (event) => {
          if (event.type !== "Script") return;
          urls.set(event.requestId, event.response.url);
          transferred.set(event.response.url, new Promise((resolve) => finished.set(event.requestId, resolve)));
        });
        cdp.on("Network.loadingFinished", (event) => finished.get(event.requestId)?.(event.encodedDataLength));
        cdp.on("Network.loadingFailed", (event) => finished.get(event.requestId)?.(0));
        const responses: Promise<Script>[] = [];
        page.on("response", (response) => {
          if (response.request().resourceType() === "script" && response.ok()) responses.push(scriptOf(response, transferred));
        });
        const response = await page.goto(pagePath, { waitUntil: "networkidle" });
        if (response?.status() !== 200) throw new Error(`${pagePath} answered ${response?.status()}`);
        const scripts = await Promise.all(responses);
        await cdp.detach();
        await page.close();
        const missing = baselineFiles.filter((f) => !scripts.some((s) => s.url === f));
        if (missing.length) console.warn(`${pagePath} did not load the baseline's ${missing.join(", ")}`);
        rows.push({
          label: `${mainPage.name} (${locale})`,
          total: scripts.reduce((sum, s) => sum + s.gzip, 0),
          transferred: scripts.reduce((sum, s) => sum + s.transferred, 0),
          extra: scripts.filter((s) => !baselineFiles.includes(s.url)).sort((a, b) => b.gzip - a.gzip),
        });
      }
    }

    console.log(`| page | first-load JS (KB gzip) | transferred (KB) | over baseline (KB) | budget ${BUDGET_KB} KB | libraries in the extra chunks |`);
    console.log(`| --- | --- | --- | --- | --- | --- |`);
    for (const row of rows) {
      const surplus = row.total - baseline;
      const libraries = [...new Set(row.extra.flatMap((s) => s.libraries))].join(", ") || "—";
      console.log(
        `| ${row.label} | ${kb(row.total)} | ${kb(row.transferred)} | ${kb(surplus)} | ${surplus > BUDGET_KB * 1024 ? "over" : "ok"} | ${libraries} |`,
      );
    }
    console.log("\nExtra chunks of the pages over budget (KB gzip):");
    for (const row of rows.filter((r) => r.total - baseline > BUDGET_KB * 1024)) {
      console.log(`  ${row.label}: ${row.extra.map((s) => `${path.basename(s.url)} ${kb(s.gzip)}${s.libraries.length ? ` [${s.libraries.join(", ")}]` : ""}`).join(", ")}`);
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

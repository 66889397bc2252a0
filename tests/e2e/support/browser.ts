// Debian's Chromium driven by playwright-core (browser downloads are impossible here).
import { chromium, type Browser, type BrowserContextOptions } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Headless, and quiet on a machine without network (no background fetches that fail one by one). */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run the e2e tests through jest (global setup starts the app)");
  return url;
}

export async function newContext(browser: Browser, options: BrowserContextOptions = {}) {
  return browser.newContext({ baseURL: baseUrl(), ...options });
}

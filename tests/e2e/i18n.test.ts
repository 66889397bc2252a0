import type { Browser } from "playwright-core";
import { baseUrl, launchBrowser, newContext } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("locale routing", () => {
  test.each([
    ["en-US,en;q=0.9", "/en"],
    ["ja-JP,ja;q=0.9,en;q=0.5", "/ja"],
    ["fr-FR,fr;q=0.9", "/ja"],
  ])("/ with Accept-Language %s redirects to %s", async (acceptLanguage, expected) => {
    const response = await fetch(`${baseUrl()}/`, { headers: { "accept-language": acceptLanguage }, redirect: "manual" });
    expect([307, 308]).toContain(response.status);
    expect(new URL(response.headers.get("location")!, baseUrl()).pathname).toBe(expected);
  });

  test("the locale cookie wins over Accept-Language", async () => {
    const response = await fetch(`${baseUrl()}/`, {
      headers: { "accept-language": "ja", cookie: "NEXT_LOCALE=en" },
      redirect: "manual",
    });
    expect(new URL(response.headers.get("location")!, baseUrl()).pathname).toBe("/en");
  });

  test("both languages render with the right <html lang> and the seeded source", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/ja");
    expect(await page.locator("html").getAttribute("lang")).toBe("ja");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("日英");
    await page.goto("/en");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("both languages");
    await context.close();
  });

  test("an unknown page is a 404 in the page's language", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto("/en/no-such-page");
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Page not found");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await context.close();
  });

  test("the language switcher keeps the page and its query", async () => {
    const context = await newContext(browser, { locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/en?from=test");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "日本語" }).click();
    await page.waitForURL(/\/ja\?from=test$/);
    expect(await page.locator("html").getAttribute("lang")).toBe("ja");
    expect(await page.getByRole("navigation", { name: "表示言語" }).isVisible()).toBe(true);
    // The choice is remembered: / now goes to Japanese even though the browser prefers English.
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/ja");
    await context.close();
  });
});

import type { Browser } from "playwright-core";
import { baseUrl, launchBrowser, newContext } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the fact base pages", () => {
  test("search finds a fact from Japanese or English, without JavaScript, and shows its passage", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/facts");
    await page.getByRole("searchbox", { name: "Search" }).fill("ジャカルタ");
    await page.getByRole("button", { name: "Show facts" }).click();
    await page.waitForURL(/q=/);
    const cards = page.locator("article.fact-card");
    expect(await cards.count()).toBeGreaterThan(0);
    // Every hit mentions Jakarta in its statement or in its passage; at least one states it.
    const texts = await cards.locator(".bilingual__main").allTextContents();
    expect(texts.some((text) => text.includes("Jakarta"))).toBe(true);
    for (const passage of await cards.locator("blockquote[lang=ja]").allTextContents()) expect(passage).toContain("ジャカルタ");

    await page.goto("/ja/facts?q=jakarta");
    expect(await page.locator("article.fact-card").first().textContent()).toContain("ジャカルタ");
    // The other language is one click away (a native disclosure, no script needed).
    await page.locator("article.fact-card").first().getByText("英語で表示").click();
    expect(await page.locator("article.fact-card").first().locator("details p[lang=en]").isVisible()).toBe(true);
    await context.close();
  });

  test("filters by topic and type keep their state in the URL; no match shows an empty state", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/en/facts?type=year");
    const chips = await page.locator("article.fact-card .chip").first().textContent();
    expect(chips).toBe("Year");
    expect(await page.getByLabel("Answer type").inputValue()).toBe("year");
    await page.goto("/en/facts?q=zzzzzznotthere");
    expect(await page.getByText("No fact matches these filters").isVisible()).toBe(true);
    await context.close();
  });

  test("a fact has its own page; an unknown one is a localized 404", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/en/facts?q=jakarta");
    await page.locator("article.fact-card").first().getByRole("link", { name: /Details/ }).click();
    await page.waitForURL(/\/en\/facts\/fact\./);
    expect(await page.locator("h1").textContent()).toMatch(/\?$/);
    const missing = await page.goto("/ja/facts/fact.no-such-fact");
    expect(missing?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("ページが見つかりません");
    await context.close();
  });

  test("the glossary shows readings as ruby and definitions in the page language", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/en/glossary?q=信頼醸成");
    const entry = page.locator(".glossary__entry").first();
    expect(await entry.locator("ruby[lang=ja] rt").textContent()).toBe("しんらいじょうせい");
    expect(await entry.locator(".glossary__en").textContent()).toMatch(/confidence/i);
    await context.close();
  });

  test("exports download as JSON and Anki text", async () => {
    const json = await fetch(`${baseUrl()}/api/export?format=json`);
    expect(json.headers.get("content-disposition")).toContain("attachment");
    const doc = await json.json();
    expect(doc.format).toBe("bilingual-study/v1");
    expect(doc.facts.length).toBeGreaterThanOrEqual(60);
    const tsv = await (await fetch(`${baseUrl()}/api/export?format=tsv&deck=nids-289.ewg`)).text();
    expect(tsv.startsWith("#separator:tab")).toBe(true);
    expect((await fetch(`${baseUrl()}/api/export?format=xml`)).status).toBe(400);
    expect((await fetch(`${baseUrl()}/api/export?deck=nope`)).status).toBe(404);
  });

  test("import is refused to visitors with a clear error, never a 500", async () => {
    const response = await fetch(`${baseUrl()}/api/import`, { method: "POST", body: "{}" });
    expect(response.status).toBe(401);
    expect((await response.json()).issues[0].code).toBe("signInRequired");
  });
});

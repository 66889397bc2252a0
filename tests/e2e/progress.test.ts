// The progress page after studying: the reviews show in the tiles, the heatmap and its table alternative.
import type { Browser, Locator } from "playwright-core";
import { launchBrowser, newContext } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const visible = (locator: Locator) => locator.first().waitFor({ state: "visible", timeout: 10_000 });

describe("progress", () => {
  test("a visitor who has not studied is invited to start", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/en/progress");
    await visible(page.getByText("No reviews yet."));
    await page.getByRole("link", { name: "Start studying" }).click();
    await page.waitForURL(/\/en\/study$/);
    await context.close();
  });

  test("after three answers, the page shows them: tiles, heatmap (with a table) and forecast", async () => {
    const context = await newContext(browser, { locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/en/study");
    await page.getByRole("checkbox", { name: /Rivalry and Frictions/ }).check();
    await page.getByRole("button", { name: "Start studying" }).click();
    await page.getByRole("article", { name: "Flashcard" }).waitFor();
    for (const key of ["3", "4", "1"]) {
      await page.keyboard.press("Space");
      await page.getByRole("group", { name: "How well did you remember it?" }).waitFor();
      await page.keyboard.press(key);
      await page.getByRole("button", { name: "Show answer" }).waitFor();
    }
    await page.getByRole("button", { name: "End session" }).click();
    await page.getByRole("link", { name: "See your progress" }).click();
    await page.waitForURL(/\/en\/progress$/);

    const tiles = page.getByRole("definition");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Progress");
    const tile = (label: string) => page.locator("dl div").filter({ has: page.getByText(label, { exact: true }) }).locator("dd").first();
    expect(await tile("Reviewed today").textContent()).toBe("3");
    expect(await tile("Reviews in total").textContent()).toBe("3");
    expect(await tile("Streak").textContent()).toBe("1 day");
    expect(await tiles.count()).toBeGreaterThan(4);

    // Charts are images with a text alternative, and their numbers are one click away as tables.
    const heatmap = page.getByRole("img", { name: /^Heatmap: 3 reviews on 1 day/ });
    await visible(heatmap);
    const heatmapSection = page.getByRole("region", { name: "Reviews per day over the last year" });
    await heatmapSection.getByText("Show as a table").click();
    const rows = heatmapSection.getByRole("row");
    expect(await rows.last().getByRole("cell").first().textContent()).toBe("3");
    await visible(page.getByRole("img", { name: /^Bar chart: \d+ cards? due in the next 30 days/ }));
    await visible(page.getByRole("heading", { name: "Mastery by deck" }));
    await visible(page.getByRole("rowheader", { name: "Rivalry and Frictions" }));

    // The same page in Japanese.
    await page.goto("/ja/progress");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("進捗");
    await visible(page.getByRole("img", { name: /^ヒートマップ：1日間に合計3回回答/ }));
    await context.close();
  });
});

// The quiz in a real Chromium: a whole quiz in English and in Japanese with the keyboard, the results
// with passages and citations, switching language mid-quiz, retrying the missed questions, IME-safe
// Enter, no answer key in any page or network payload before answering, and bad input.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, newContext } from "./support/browser";
import { createPrismaClient, type Db } from "@/app/_data/prisma-client";
import type { StoredQuestion } from "@/app/_data/quiz/attempt-store";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { correctResponse, KEY_FIELD_NAMES, secretsOf, wrongResponse } from "../integration/quiz-support";

type Messages = typeof en;
const messages: Record<"en" | "ja", Messages> = { en, ja };

let browser: Browser;
let db: Db;
beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(process.env.E2E_DATABASE_URL);
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const attemptIdOf = (page: Page) => new URL(page.url()).pathname.split("/")[3];
const positionOf = (page: Page) => Number(new URL(page.url()).searchParams.get("q")) - 1;

async function storedQuestions(attemptId: string): Promise<StoredQuestion[]> {
  return JSON.parse((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).questions);
}

/** Typing before the set-up form is hydrated would be reset by react-hook-form's registration. */
function setupFormReady(page: Page) {
  return page.locator('form[aria-labelledby="quiz-setup-title"][data-hydrated="true"]').waitFor();
}

/** Fills the set-up form and starts; returns on the first question. */
async function startQuiz(page: Page, locale: "en" | "ja", options: { count: number; direction: string; seed: string }) {
  const m = messages[locale].Quiz;
  await page.goto(`/${locale}/quiz`, { waitUntil: "networkidle" });
  await setupFormReady(page);
  await page.getByLabel(m.setup.count).fill(String(options.count));
  await page.getByRole("radio", { name: m.directions[options.direction as keyof Messages["Quiz"]["directions"]] }).check();
  await page.getByLabel(m.setup.seed).fill(options.seed);
  await page.getByLabel(m.setup.seed).press("Enter");
  await page.waitForURL(new RegExp(`/${locale}/quiz/\\w+\\?q=1$`));
  await page.locator("[data-verdict], form.card").first().waitFor();
}

/** Answers the current question with the keyboard wherever the control allows it. */
async function answerWithKeyboard(page: Page, locale: "en" | "ja", q: StoredQuestion, response: Record<string, unknown>) {
  const m = messages[locale].Quiz;
  // The question's key handling is attached by an effect after the page renders: press nothing before it.
  await page.locator("form.card[data-keys=on]").waitFor();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const p = q.public;
  if ("optionId" in response && "options" in p) {
    await page.keyboard.press(String(p.options.findIndex((o) => o.id === response.optionId) + 1));
    await page.keyboard.press("Enter");
  } else if ("value" in response) {
    await page.keyboard.press(response.value ? "1" : "2");
    await page.keyboard.press("Enter");
  } else if ("text" in response) {
    await page.getByLabel(m.question.answerLabel).focus();
    await page.keyboard.insertText(String(response.text));
    await page.keyboard.press("Enter");
  } else if ("pairs" in response && p.type === "matching") {
    const pairs = response.pairs as Record<string, string>;
    for (const left of p.left) {
      await page.getByLabel(left.text, { exact: true }).selectOption(pairs[left.id]);
    }
    await page.getByRole("button", { name: m.question.submit }).focus();
    await page.keyboard.press("Enter");
  } else if ("order" in response) {
    const target = response.order as string[];
    for (const [k, id] of target.entries()) {
      const item = page.locator(`li[data-item-id="${id}"]`);
      const at = await page.locator("li[data-item-id]").evaluateAll((els, id) => els.findIndex((el) => el.getAttribute("data-item-id") === id), id);
      await item.focus();
      for (let i = at; i > k; i--) await page.keyboard.press("ArrowUp");
    }
    await page.keyboard.press("Enter");
  }
  const verdict = page.locator("[role=status] [data-verdict]");
  await verdict.waitFor();
  return verdict.getAttribute("data-verdict");
}

/** Follows the focused "next" link (or "see the results") with Enter. */
async function goNext(page: Page) {
  const before = page.url();
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.toString() !== before);
}

async function takeWholeQuiz(page: Page, locale: "en" | "ja", attemptId: string, onQuestion?: (position: number) => Promise<void>) {
  const questions = await storedQuestions(attemptId);
  const verdicts: (string | null)[] = [];
  for (let position = 0; position < questions.length; position++) {
    expect(positionOf(page)).toBe(position);
    await onQuestion?.(position);
    const q = questions[position];
    const response = position % 2 === 0 ? correctResponse(q) : wrongResponse(q);
    verdicts.push(await answerWithKeyboard(page, locale, q, response));
    await goNext(page);
  }
  return { questions, verdicts };
}

async function expectResultsPage(page: Page, locale: "en" | "ja", attemptId: string, total: number) {
  const m = messages[locale].Quiz;
  await page.waitForURL(new RegExp(`/${locale}/quiz/${attemptId}/results$`));
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(m.results.title);
  const answers = await db.quizAnswer.findMany({ where: { attemptId } });
  expect(answers).toHaveLength(total);
  const score = answers.reduce((s, a) => s + a.score, 0);
  const shown = await page.locator("main").textContent();
  const formatted = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(score);
  expect(shown).toContain(m.results.score.replace("{score}", formatted).replace("{total}", String(total)));
  const items = page.getByRole("list", { name: m.results.listLabel }).locator(":scope > li");
  expect(await items.count()).toBe(total);
  for (const item of await items.all()) {
    // Every question shows the learner's answer, and every fact or term behind it its passage and citation.
    expect(await item.getByText(m.answer.yours).count()).toBeGreaterThan(0);
    expect(await item.locator("figure.citation blockquote[lang=ja]").count()).toBeGreaterThan(0);
    expect(await item.locator("figure.citation cite").first().textContent()).toContain("拡大ASEAN国防相会議");
  }
  return answers;
}

describe("taking a quiz", () => {
  test("a whole quiz in English, with the keyboard; results with passages and citations; retry the missed", async () => {
    const context = await newContext(browser, { locale: "en-US" });
    const page = await context.newPage();
    await startQuiz(page, "en", { count: 12, direction: "en-ja", seed: "e2e-english" });
    const attemptId = attemptIdOf(page);
    const { questions, verdicts } = await takeWholeQuiz(page, "en", attemptId);
    expect(new Set(questions.map((q) => q.public.type)).size).toBe(6);
    for (const q of questions) expect([q.public.promptLang, q.public.answerLang]).toEqual(["en", "ja"]);
    verdicts.forEach((v, i) => i % 2 === 0 && expect(v).toBe("correct"));
    const answers = await expectResultsPage(page, "en", attemptId, 12);

    const missed = answers.filter((a) => a.verdict === "wrong");
    expect(missed.length).toBeGreaterThan(0);
    const missedItems = new Set(missed.flatMap((a) => questions[a.position].reveal.map((r) => `${r.kind}:${r.key}`)));
    await page.getByRole("button", { name: messages.en.Quiz.results.retry.replace("{count}", String(missed.length)) }).click();
    await page.waitForURL((url) => /\/en\/quiz\/\w+\?q=1$/.test(url.toString()) && !url.toString().includes(attemptId));
    const retried = await storedQuestions(attemptIdOf(page));
    expect(retried.length).toBeGreaterThan(0);
    for (const item of retried.flatMap((q) => q.reveal)) expect(missedItems.has(`${item.kind}:${item.key}`)).toBe(true);
    await context.close();
  });

  test("a whole quiz in Japanese; switching language mid-quiz keeps the quiz and the position", async () => {
    const context = await newContext(browser, { locale: "ja-JP" });
    const page = await context.newPage();
    await startQuiz(page, "ja", { count: 10, direction: "ja-en", seed: "e2e-japanese" });
    const attemptId = attemptIdOf(page);
    await takeWholeQuiz(page, "ja", attemptId, async (position) => {
      if (position !== 3) return;
      const content = page.locator("#quiz-prompt[lang], #quiz-prompt [lang]");
      const promptBefore = await content.allTextContents();
      await page.getByRole("navigation", { name: ja.LocaleSwitcher.label }).getByRole("link", { name: "English" }).click();
      await page.waitForURL(new RegExp(`/en/quiz/${attemptId}\\?q=4$`));
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Question 4");
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      // The content keeps its own languages (ja → en); only the interface changed.
      expect(await content.allTextContents()).toEqual(promptBefore);
      await page.getByRole("navigation", { name: en.LocaleSwitcher.label }).getByRole("link", { name: "日本語" }).click();
      await page.waitForURL(new RegExp(`/ja/quiz/${attemptId}\\?q=4$`));
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("第4問");
    });
    await expectResultsPage(page, "ja", attemptId, 10);

    // An answered question keeps its answer across a language switch too.
    await page.goto(`/ja/quiz/${attemptId}?q=1`);
    await page.getByRole("navigation", { name: ja.LocaleSwitcher.label }).getByRole("link", { name: "English" }).click();
    await page.waitForURL(new RegExp(`/en/quiz/${attemptId}\\?q=1$`));
    expect(await page.locator("[role=status] [data-verdict]").textContent()).toContain(en.Quiz.verdict.correct);
    await context.close();
  });
});

describe("keyboard and input methods", () => {
  test("Enter while an IME is composing never submits; Enter afterwards does", async () => {
    const context = await newContext(browser, { locale: "ja-JP" });
    const page = await context.newPage();
    // A one-question quiz of typed answers only.
    await page.goto("/ja/quiz", { waitUntil: "networkidle" });
    await setupFormReady(page);
    await page.getByLabel(ja.Quiz.setup.count).fill("1");
    for (const type of ["multiple_choice", "true_false", "matching", "ordering", "term_translation"] as const) {
      await page.getByRole("checkbox", { name: ja.Quiz.types[type] }).uncheck();
    }
    await page.getByRole("radio", { name: ja.Quiz.directions["en-ja"] }).check();
    await page.getByRole("button", { name: ja.Quiz.setup.submit }).click();
    await page.waitForURL(/\/ja\/quiz\/\w+\?q=1$/);
    const attemptId = attemptIdOf(page);
    const [q] = await storedQuestions(attemptId);
    expect(q.key.type).toBe("cloze");

    const actions: string[] = [];
    page.on("request", (request) => request.method() === "POST" && actions.push(request.url()));
    await page.getByLabel(ja.Quiz.question.answerLabel).focus();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "かいとう", selectionStart: 4, selectionEnd: 4 });
    await page.keyboard.press("Enter");
    await page.waitForTimeout(700);
    expect(actions).toEqual([]);
    expect(await page.locator("[data-verdict]").count()).toBe(0);
    await cdp.send("Input.insertText", { text: "回答" });
    await page.keyboard.press("Enter");
    await page.locator("[role=status] [data-verdict]").waitFor();
    expect(actions).toHaveLength(1);
    const row = await db.quizAnswer.findFirstOrThrow({ where: { attemptId } });
    expect(JSON.parse(row.response)).toEqual({ text: "回答" });
    await context.close();
  });
});

describe("what the selection cannot supply", () => {
  test("the first question says which types ran short, in the page language", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/en/quiz", { waitUntil: "networkidle" });
    await setupFormReady(page);
    for (const type of ["multiple_choice", "true_false", "cloze", "ordering", "term_translation"] as const) {
      await page.getByRole("checkbox", { name: en.Quiz.types[type] }).uncheck();
    }
    await page.getByLabel(en.Quiz.setup.count).fill("10");
    await page.getByRole("button", { name: en.Quiz.setup.submit }).click();
    await page.waitForURL(/\/en\/quiz\/\w+\?q=1$/);
    const notice = page.getByRole("complementary", { name: en.Quiz.shortfalls.title });
    expect(await notice.textContent()).toContain(en.Quiz.shortfalls.exhausted.replace("{type}", en.Quiz.types.matching));
    const total = (await storedQuestions(attemptIdOf(page))).length;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(10);
    expect(await page.getByText(en.Quiz.progress.position.replace("{number}", "1").replace("{total}", String(total))).count()).toBe(1);
    await context.close();
  });
});

describe("the answer key stays on the server until the question is answered", () => {
  test("no page HTML or network payload carries a key before its question is answered", async () => {
    const context: BrowserContext = await newContext(browser, { locale: "en-US" });
    const page = await context.newPage();
    const payloads: { url: string; body: string; answered: number }[] = [];
    let answeredSoFar = 0;
    // Every document and fetch goes through the test on its way to the page, so each body is read in
    // full (a listener on responses can lose bodies the browser drops when the page moves on).
    await page.route("**/*", async (route) => {
      const request = route.request();
      if (!["document", "fetch", "xhr"].includes(request.resourceType())) return route.continue();
      const answered = answeredSoFar; // as it was when the request left, not when its body arrived
      const response = await route.fetch({ maxRedirects: 0 });
      const body = await response.text();
      payloads.push({ url: request.url(), body, answered });
      await route.fulfill({ response, body });
    });
    await startQuiz(page, "en", { count: 12, direction: "ja-en", seed: "e2e-no-leak" });
    const attemptId = attemptIdOf(page);
    const questions = await storedQuestions(attemptId);
    expect(new Set(questions.map((q) => q.public.type)).size).toBe(6);

    const check = (body: string, from: number, where: string) => {
      for (const [j, q] of questions.entries()) {
        if (j < from) continue;
        const secrets = secretsOf(q);
        for (const token of secrets.tokens) expect({ where, question: j, leaked: body.includes(token) }).toEqual({ where, question: j, leaked: false });
      }
    };
    // Words every page carries (the message catalogs) cannot tell anything about a question.
    const baseline = await (await context.request.get("/en/quiz")).text();
    // Latin answers as whole words ("ten" is not in "often"); Japanese ones anywhere.
    const mentions = (html: string, text: string) =>
      /^[\x20-\x7e]+$/.test(text) ? new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(text)}(?![A-Za-z0-9])`).test(html) : html.includes(text);
    for (const [position, q] of questions.entries()) {
      // The page as the server renders it (HTML with its inline RSC payload), before answering.
      const html = await (await context.request.get(`/en/quiz/${attemptId}?q=${position + 1}`)).text();
      for (const name of KEY_FIELD_NAMES) expect({ position, name, found: html.includes(name) }).toEqual({ position, name, found: false });
      for (const text of secretsOf(q).texts.filter((t) => !mentions(baseline, t)))
        expect({ position, text, found: mentions(html, text) }).toEqual({ position, text, found: false });
      check(html, position, `html of question ${position + 1}`);
      // Everything the browser has received so far, before this question is answered.
      for (const payload of payloads) check(payload.body, payload.answered, payload.url);
      for (const payload of payloads.filter((p) => p.answered === 0))
        for (const name of KEY_FIELD_NAMES) {
          const at = payload.body.indexOf(name);
          expect({ url: payload.url, name, context: at < 0 ? null : payload.body.slice(Math.max(0, at - 300), at + 100) }).toEqual({ url: payload.url, name, context: null });
        }

      // From the moment this answer is sent, the response may carry this question's result.
      answeredSoFar = position + 1;
      await answerWithKeyboard(page, "en", q, correctResponse(q));
      await goNext(page);
    }
    // The action payloads did carry each answer's result, after answering.
    expect(payloads.some((p) => p.body.includes('"verdict"'))).toBe(true);
    await context.close();
  });
});

describe("bad input", () => {
  test("the set-up form explains its errors in the page language, in the browser and from the server", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/ja/quiz", { waitUntil: "networkidle" });
    await setupFormReady(page);
    for (const type of Object.keys(ja.Quiz.types) as (keyof typeof ja.Quiz.types)[]) {
      await page.getByRole("checkbox", { name: ja.Quiz.types[type] }).uncheck();
    }
    await page.getByLabel(ja.Quiz.setup.count).fill("0");
    await page.getByRole("button", { name: ja.Quiz.setup.submit }).click();
    await page.getByText(ja.Quiz.errors.countRange).waitFor();
    await page.getByText(ja.Quiz.errors.typesRequired).waitFor();
    expect(new URL(page.url()).pathname).toBe("/ja/quiz");
    await context.close();

    // Without JavaScript the form posts to the server action, which validates with the same schema.
    const noScript = await newContext(browser, { javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto("/en/quiz");
    await plain.getByLabel(en.Quiz.setup.count).fill("99");
    await plain.getByRole("button", { name: en.Quiz.setup.submit }).click();
    await plain.getByText(en.Quiz.errors.countRange).waitFor();
    expect(await db.quizAttempt.count({ where: { config: { contains: '"count":99' } } })).toBe(0);
    await noScript.close();
  });

  test("unknown attempts, someone else's attempt and impossible positions are not found; a missing position resumes", async () => {
    const owner = await newContext(browser);
    const page = await owner.newPage();
    await startQuiz(page, "en", { count: 3, direction: "en-en", seed: "e2e-owner" });
    const attemptId = attemptIdOf(page);
    const [first] = await storedQuestions(attemptId);
    await answerWithKeyboard(page, "en", first, correctResponse(first));

    expect((await owner.request.get(`/en/quiz/nosuchattempt?q=1`)).status()).toBe(404);
    expect((await owner.request.get(`/en/quiz/${attemptId}?q=9`)).status()).toBe(404);
    expect((await owner.request.get(`/en/quiz/nosuchattempt/results`)).status()).toBe(404);
    await page.goto(`/en/quiz/${attemptId}`);
    await page.waitForURL(new RegExp(`/en/quiz/${attemptId}\\?q=2$`));
    await page.goto(`/en/quiz/${attemptId}?q=abc`);
    await page.waitForURL(new RegExp(`/en/quiz/${attemptId}\\?q=2$`));

    const stranger = await newContext(browser);
    for (const path of [`/en/quiz/${attemptId}?q=1`, `/en/quiz/${attemptId}/results`]) {
      const response = await stranger.request.get(path);
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain(first.public.id);
    }
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(`/ja/quiz/${attemptId}?q=1`);
    expect(await strangerPage.getByRole("heading", { level: 1 }).textContent()).toBe(ja.NotFound.title);
    await stranger.close();
    await owner.close();
  });
});

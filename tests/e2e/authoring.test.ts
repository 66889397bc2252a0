// Authoring end to end: an editor adds a source with its text, a deck and three facts in both
// languages; a passage that is not in the source is refused; a learner studies and is quizzed on the
// new facts; an edit reaches the learner's card and a revert restores the old text on it.
// On a server and database of its own: the new deck would otherwise join the pools other e2e files
// quiz from (their citations are the seeded source's).
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./support/browser";
import { startApp, type AppServer } from "../bench/support/app-server";
import { createPrismaClient, type Db } from "@/app/_data/prisma-client";
import { loadCardContent } from "@/app/_data/study/card-content";
import en from "@/messages/en.json";

let browser: Browser;
let db: Db;
let app: AppServer;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startApp()]);
  db = createPrismaClient(app.databaseUrl);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
  await app?.stop();
});

const newContext = (b: Browser) => b.newContext({ baseURL: app.baseUrl });

const stamp = Date.now().toString(36);
const SOURCE_KEY = `e2e-src-${stamp}`;
const DECK_KEY = `e2e-deck-${stamp}`;
const DECK_NAME = `Authoring test deck ${stamp}`;
const PARAGRAPHS = [
  "2024年5月1日、架空の海洋協力会議が那覇で開催された。",
  "会議には12か国の代表が参加した。",
  "次回の会議は2026年に開催される予定である。",
];
const FACTS = [
  {
    key: `e2e.${stamp}.date`, answerType: "date", answerValue: "2024-05-01",
    questionJa: "架空の海洋協力会議はいつ那覇で開催されたか。", questionEn: "When was the fictional maritime cooperation meeting held in Naha?",
    statementJa: "架空の海洋協力会議は2024年5月1日に那覇で開催された。", statementEn: "The fictional maritime cooperation meeting was held in Naha on 1 May 2024.",
    answerTextJa: "2024年5月1日", answerTextEn: "1 May 2024", passage: "2024年5月1日、架空の海洋協力会議が那覇で開催された。", paragraph: 1,
  },
  {
    key: `e2e.${stamp}.count`, answerType: "number", answerValue: "12",
    questionJa: "会議には何か国の代表が参加したか。", questionEn: "How many countries sent representatives to the meeting?",
    statementJa: "会議には12か国の代表が参加した。", statementEn: "Representatives of 12 countries attended the meeting.",
    answerTextJa: "12", answerTextEn: "12", passage: "会議には12か国の代表が参加した。", paragraph: 2,
  },
  {
    key: `e2e.${stamp}.next`, answerType: "year", answerValue: "2026",
    questionJa: "次回の会議は何年に開催される予定か。", questionEn: "In what year is the next meeting due to be held?",
    statementJa: "次回の会議は2026年に開催される予定である。", statementEn: "The next meeting is due to be held in 2026.",
    answerTextJa: "2026", answerTextEn: "2026", passage: "次回の会議は2026年に開催される予定", paragraph: 3,
  },
];

async function signUp(page: Page, username: string) {
  const password = "a long enough password";
  await page.goto("/en/account");
  const form = page.getByRole("region", { name: "Keep my progress", exact: true });
  await form.getByLabel("Username").fill(username);
  await form.getByLabel("Password", { exact: true }).fill(password);
  await form.getByLabel("Confirm password").fill(password);
  await form.getByRole("button", { name: "Create my account" }).click();
  await page.getByText(`Signed in as ${username}.`).waitFor();
}

async function fillFact(page: Page, fact: (typeof FACTS)[number]) {
  const f = en.EditFact;
  await page.goto("/en/edit/facts/new", { waitUntil: "networkidle" });
  await page.getByLabel(f.key, { exact: true }).fill(fact.key);
  await page.getByLabel(f.source, { exact: true }).selectOption(SOURCE_KEY);
  await page.getByLabel(f.deck, { exact: true }).selectOption(DECK_KEY);
  await page.getByLabel(f.answerType, { exact: true }).selectOption(fact.answerType);
  await page.getByLabel(f.answerValue, { exact: true }).fill(fact.answerValue);
  for (const field of ["questionJa", "questionEn", "statementJa", "statementEn", "answerTextJa", "answerTextEn"] as const)
    await page.getByLabel(f[field], { exact: true }).fill(fact[field]);
  await page.getByLabel(f.passage, { exact: true }).fill(fact.passage);
}

test("an editor adds a source and three facts; a passage not in the source is refused; a learner studies and is quizzed on them; a revert reaches the learner's card", async () => {
  // ── The editor ──
  const editorContext = await newContext(browser);
  const editor = await editorContext.newPage();
  const editorName = `e2e.author.${stamp}`;
  await signUp(editor, editorName);
  await db.user.updateMany({ where: { username: editorName }, data: { role: "editor" } });
  await editor.goto("/en");
  await editor.getByRole("navigation", { name: en.Nav.label }).getByRole("link", { name: en.Nav.edit }).click();
  await editor.waitForURL(/\/en\/edit$/);

  // A new source with its text, pasted.
  const s = en.EditSource;
  await editor.goto("/en/edit/sources/new", { waitUntil: "networkidle" });
  await editor.getByLabel(s.key, { exact: true }).fill(SOURCE_KEY);
  await editor.getByLabel(s.titleJa).fill("架空の海洋協力会議について");
  await editor.getByLabel(s.titleEn).fill("On a fictional maritime cooperation meeting");
  await editor.getByLabel(s.authorJa).fill("試験 太郎");
  await editor.getByLabel(s.authorEn).fill("SHIKEN Taro");
  await editor.getByLabel(s.publisherJa).fill("試験研究所");
  await editor.getByLabel(s.publisherEn).fill("Test Institute");
  await editor.getByLabel(s.publishedOn).fill("2024-05-10");
  await editor.getByLabel(s.url).fill("https://example.org/maritime");
  await editor.getByLabel(s.text, { exact: true }).fill(PARAGRAPHS.join("\n\n"));
  await editor.getByText("3 paragraphs, numbered in order.").waitFor();
  await editor.getByRole("button", { name: s.save }).click();
  await editor.waitForURL(new RegExp(`/en/edit/sources/${SOURCE_KEY}$`));
  expect(JSON.parse((await db.source.findUniqueOrThrow({ where: { key: SOURCE_KEY } })).paragraphs)).toEqual(PARAGRAPHS);

  // A deck for the new facts.
  const r = en.EditRecord;
  await editor.goto("/en/edit/decks/new", { waitUntil: "networkidle" });
  await editor.getByLabel(r.fields.key, { exact: true }).fill(DECK_KEY);
  await editor.getByLabel(r.fields.nameJa).fill(`著作テスト ${stamp}`);
  await editor.getByLabel(r.fields.nameEn).fill(DECK_NAME);
  await editor.getByLabel(r.fields.sourceKey).selectOption(SOURCE_KEY);
  await editor.getByRole("button", { name: r.save }).click();
  await editor.waitForURL(new RegExp(`/en/edit/decks/${DECK_KEY}$`));

  // Three facts in both languages; the passage is found as it is typed.
  for (const fact of FACTS) {
    await fillFact(editor, fact);
    await editor.getByText(`Found in paragraph ${fact.paragraph}.`).waitFor();
    await editor.getByLabel(en.EditFact.publishedLabel).check();
    await editor.getByRole("button", { name: en.EditFact.save }).click();
    await editor.waitForURL(new RegExp(`/en/edit/facts/${fact.key.replace(/\./g, "\\.")}$`));
    // The edit page previews the questions learners would get.
    await editor.getByRole("heading", { name: en.EditFact.preview }).waitFor();
  }
  const stored = await db.fact.findMany({ where: { deck: { key: DECK_KEY } }, orderBy: { key: "asc" } });
  expect(stored.map((f) => [f.key, f.paragraph, f.published])).toEqual(
    [...FACTS].sort((a, b) => (a.key < b.key ? -1 : 1)).map((f) => [f.key, f.paragraph, true]),
  );

  // A passage that is not in the source is refused, and nothing is saved.
  await fillFact(editor, { ...FACTS[0], key: `e2e.${stamp}.unsourced`, passage: "会議は東京で開催された。" });
  await editor.getByText(en.EditFact.passageMissing).waitFor();
  // Everything else is valid, so it is the server's passage check that refuses it.
  await editor.getByLabel(en.EditFact.locatorJa, { exact: true }).fill("第1段落");
  await editor.getByLabel(en.EditFact.locatorEn, { exact: true }).fill("Paragraph 1");
  await editor.getByLabel(en.EditFact.publishedLabel).check();
  await editor.getByRole("button", { name: en.EditFact.save }).click();
  await editor.getByText(en.EditErrors.passageNotInSource).waitFor();
  expect(await db.fact.count({ where: { key: `e2e.${stamp}.unsourced` } })).toBe(0);

  // ── A learner studies the new deck and is quizzed on it ──
  const learnerContext = await newContext(browser);
  const learner = await learnerContext.newPage();
  await learner.goto("/en/study", { waitUntil: "networkidle" });
  await learner.getByRole("checkbox", { name: new RegExp(DECK_NAME) }).check();
  await learner.getByRole("button", { name: en.Study.start }).click();
  await learner.waitForURL(/\/en\/study\/review\?deck=/);
  await learner.getByRole("button", { name: en.Study.review.show }).waitFor();
  const front = (await learner.locator("main").textContent()) ?? "";
  expect(FACTS.some((f) => front.includes(f.questionJa) || front.includes(f.questionEn) || front.includes(f.statementJa))).toBe(true);
  const learnerRow = await db.card.findFirstOrThrow({ where: { fact: { key: FACTS[0].key } }, select: { id: true, userId: true, factId: true, direction: true, due: true, state: true } });

  await learner.goto("/en/quiz", { waitUntil: "networkidle" });
  await learner.locator('form[data-hydrated="true"]').first().waitFor(); // typed before hydration would be reset
  await learner.getByLabel(en.Quiz.setup.deck).selectOption(DECK_KEY);
  await learner.getByLabel(en.Quiz.setup.count).fill("3");
  await learner.getByRole("button", { name: en.Quiz.setup.submit }).click();
  await learner.waitForURL(/\/en\/quiz\/\w+\?q=1$/);
  // Every question of the quiz comes from the new deck's three facts.
  expect((await learner.locator("main").textContent()) ?? "").toMatch(/maritime|Naha|countries|Representatives|next meeting|2026|1 May 2024|\b12\b/);

  // ── An edit reaches the learner's card; a revert restores the old text on it, same card, same schedule ──
  const content = async () => JSON.stringify(await loadCardContent(db, { factId: learnerRow.factId, termId: null, direction: "ja-en" }));
  expect(await content()).toContain(FACTS[0].statementEn);
  await editor.goto(`/en/edit/facts/${FACTS[0].key}`, { waitUntil: "networkidle" });
  const edited = "The fictional maritime meeting took place in Naha on 1 May 2024.";
  await editor.getByLabel(en.EditFact.statementEn, { exact: true }).fill(edited);
  await editor.getByRole("button", { name: en.EditFact.save }).click();
  await editor.getByText(en.EditFact.saved).waitFor();
  expect(await content()).toContain(edited);
  await editor.reload({ waitUntil: "networkidle" });
  const history = editor.getByRole("region", { name: en.EditHistory.title });
  await history.getByRole("button", { name: en.EditHistory.revert }).first().click();
  await editor.getByText(en.EditHistory.reverted).waitFor();
  expect(await content()).toContain(FACTS[0].statementEn);
  expect(await content()).not.toContain(edited);
  const after = await db.card.findUniqueOrThrow({ where: { id: learnerRow.id }, select: { due: true, state: true } });
  expect(after).toEqual({ due: learnerRow.due, state: learnerRow.state });

  await learnerContext.close();
  await editorContext.close();
}, 600_000);

import fs from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { createPrismaClient, type Db } from "@/app/_data/prisma-client";

const PASSWORD = "a long enough password";
const username = `e2e.${Date.now().toString(36)}`;

let browser: Browser;
let db: Db;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  db = createPrismaClient(process.env.E2E_DATABASE_URL);
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await db?.$disconnect();
});

async function open(path: string, options: Parameters<typeof newContext>[1] = {}): Promise<Page> {
  const context = await newContext(browser, options);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(path);
  await hydrated(page);
  return page;
}

/** Lets the page hydrate, so the forms run their browser-side checks (the no-JS path is tested on its own). */
async function hydrated(page: Page) {
  await page.waitForLoadState("networkidle");
}

const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

async function claim(page: Page, name: string, password = PASSWORD) {
  const form = region(page, "Keep my progress");
  await form.getByLabel("Username").fill(name);
  await form.getByLabel("Password", { exact: true }).fill(password);
  await form.getByLabel("Confirm password").fill(password);
  await form.getByRole("button", { name: "Create my account" }).click();
}

async function signIn(page: Page, name: string, password: string, labels = { region: "Sign in", username: "Username", password: "Password", submit: "Sign in" }) {
  const form = region(page, labels.region);
  await form.getByLabel(labels.username).fill(name);
  await form.getByLabel(labels.password, { exact: true }).fill(password);
  await form.getByRole("button", { name: labels.submit }).click();
}

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === "sid");
}

describe("learner accounts", () => {
  let deviceA: Page;
  let deviceB: Page;

  test("a guest saves settings, then keeps their progress by claiming an account (en)", async () => {
    deviceA = await open("/en/account");
    await expect(deviceA.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Your account");
    expect(await deviceA.getByText("You have not studied yet").isVisible()).toBe(true);

    // Settings make the visitor a guest (httpOnly, SameSite=Lax session cookie).
    const settings = region(deviceA, "Study settings");
    await settings.getByLabel("Time zone").selectOption("Asia/Tokyo");
    await settings.getByLabel("New cards per day").fill("15");
    await settings.getByLabel("Desired retention").fill("0.85");
    await settings.getByRole("checkbox", { name: "English → English" }).check();
    await settings.getByRole("button", { name: "Save settings" }).click();
    await settings.getByText("Settings saved.").waitFor();
    const guestCookie = await sessionCookie(deviceA.context());
    expect(guestCookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    await deviceA.getByText("You are studying as a guest").waitFor();

    // Some progress as a guest (written straight to the database: the study pages are another feature).
    const guest = (await db.user.findFirstOrThrow({ where: { timeZone: "Asia/Tokyo", newCardsPerDay: 15, username: null }, orderBy: { createdAt: "desc" } })).id;
    for (const noteKey of ["fact:e2e-1", "fact:e2e-2"])
      await db.card.create({ data: { userId: guest, noteKey, direction: "ja-en", due: new Date() } });
    await deviceA.reload();
    await hydrated(deviceA);
    await deviceA.getByText("Stored: 2 cards").waitFor();

    // The browser checks the form with the same rules as the server, in the page language.
    const form = region(deviceA, "Keep my progress");
    await form.getByLabel("Username").fill("No Spaces!");
    await form.getByLabel("Password", { exact: true }).fill("short");
    await form.getByRole("button", { name: "Create my account" }).click();
    await form.getByText("Use only letters a–z, digits and _ . -").waitFor();
    await form.getByText("Use at least 10 characters.").waitFor();
    const usernameInput = form.getByLabel("Username");
    expect(await usernameInput.getAttribute("aria-invalid")).toBe("true");
    expect(await usernameInput.getAttribute("aria-describedby")).toContain("claim-username-error");
    expect(await deviceA.evaluate(() => document.activeElement?.id)).toBe("claim-username");

    await claim(deviceA, username.toUpperCase());
    await deviceA.getByText(`Your account is ready. On another device, sign in as ${username}.`).waitFor();
    await deviceA.getByText(`Signed in as ${username}.`).waitFor();
    await deviceA.getByText("Stored: 2 cards").waitFor();
    // Same user, new session token.
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    expect(user.id).toBe(guest);
    expect((await sessionCookie(deviceA.context()))?.value).not.toBe(guestCookie?.value);
    // Signed-in state has no claim or sign-in form.
    expect(await region(deviceA, "Keep my progress").count()).toBe(0);
  });

  test("a taken username (in any case) gets a clear message", async () => {
    const other = await open("/en/account");
    await claim(other, username.replace("e2e", "E2E"));
    await region(other, "Keep my progress").getByText("That username is already taken. Please choose another.").waitFor();
    expect(await other.getByLabel("Username").first().inputValue()).toBe(username.replace("e2e", "E2E"));
  });

  test("another device signs in and sees the same account, settings and progress", async () => {
    deviceB = await open("/en/account");
    await signIn(deviceB, username, PASSWORD);
    await deviceB.getByText(`Welcome back, ${username}. You are signed in.`).waitFor();
    await deviceB.getByText(`Signed in as ${username}.`).waitFor();
    await deviceB.getByText("Stored: 2 cards").waitFor();
    const settings = region(deviceB, "Study settings");
    expect(await settings.getByLabel("Time zone").inputValue()).toBe("Asia/Tokyo");
    expect(await settings.getByLabel("New cards per day").inputValue()).toBe("15");
    expect(await settings.getByLabel("Desired retention").inputValue()).toBe("0.85");
    expect(await settings.getByRole("checkbox", { name: "English → English" }).isChecked()).toBe(true);
    expect(await settings.getByRole("checkbox", { name: "Japanese → Japanese" }).isChecked()).toBe(false);
  });

  test("a wrong password (or an unknown user) gets the same localized message (ja)", async () => {
    const page = await open("/ja/account");
    const labels = { region: "ログイン", username: "ユーザー名", password: "パスワード", submit: "ログイン" };
    await signIn(page, username, "wrong password!", labels);
    const alert = region(page, "ログイン").getByRole("alert");
    await alert.getByText("ユーザー名またはパスワードが正しくありません。").waitFor();
    // The second try by keyboard only: type, Tab to the password, Enter submits.
    const form = region(page, "ログイン");
    await form.getByLabel("ユーザー名").fill("");
    await form.getByLabel("ユーザー名").focus();
    await page.keyboard.type("nobody.at.all");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sign-in-password");
    await page.keyboard.type("wrong password!");
    await page.keyboard.press("Enter");
    // The failure was counted against the name typed (proof this second attempt reached the server).
    await until(async () => (await db.rateLimit.count({ where: { key: "sign-in:user:nobody.at.all", points: 1 } })) === 1);
    await alert.getByText("ユーザー名またはパスワードが正しくありません。").waitFor();
    expect(await form.getByLabel("ユーザー名").inputValue()).toBe("nobody.at.all");
    expect(await page.getByText(`${username} としてログインしています。`).count()).toBe(0);
  });

  test("without JavaScript the forms still work, with errors in the page language", async () => {
    const page = await open("/ja/account", { javaScriptEnabled: false });
    await signIn(page, username, "wrong password!", { region: "ログイン", username: "ユーザー名", password: "パスワード", submit: "ログイン" });
    await page.getByText("ユーザー名またはパスワードが正しくありません。").waitFor();
    expect(await region(page, "ログイン").getByLabel("ユーザー名").inputValue()).toBe(username);
    await signIn(page, username, PASSWORD, { region: "ログイン", username: "ユーザー名", password: "パスワード", submit: "ログイン" });
    await page.getByText(`${username} としてログインしています。`).waitFor();
  });

  test("the data downloads as a JSON file of the learner's own data", async () => {
    const [download] = await Promise.all([deviceA.waitForEvent("download"), region(deviceA, "Your data").getByRole("link", { name: "Download my data (JSON)" }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^bilingual-study-${username.replace(".", "\\.")}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
    expect(data.profile.username).toBe(username);
    expect(data.settings).toMatchObject({ timeZone: "Asia/Tokyo", newCardsPerDay: 15, desiredRetention: 0.85, directions: ["ja-en", "en-ja", "en-en"] });
    expect(data.cards.map((c: { noteKey: string }) => c.noteKey).sort()).toEqual(["fact:e2e-1", "fact:e2e-2"]);
    expect(JSON.stringify(data)).not.toContain("passwordHash");
    // Without a session there is nothing to download.
    expect((await fetch(`${baseUrl()}/api/account/export`)).status).toBe(401);
  });

  test("signing out ends the session on the server", async () => {
    const cookie = (await sessionCookie(deviceB.context()))!;
    await deviceB.getByRole("button", { name: "Sign out" }).click();
    await deviceB.getByText("You have signed out.").waitFor();
    await deviceB.getByText("You have not studied yet").waitFor();
    expect(await sessionCookie(deviceB.context())).toBeUndefined();
    const replay = await fetch(`${baseUrl()}/api/account/export`, { headers: { cookie: `sid=${cookie.value}` } });
    expect(replay.status).toBe(401);
    // Device A is still signed in.
    await deviceA.reload();
    await hydrated(deviceA);
    await deviceA.getByText(`Signed in as ${username}.`).waitFor();
  });

  test("deleting asks for confirmation, then removes the account and its data", async () => {
    const data = region(deviceA, "Your data");
    await data.getByText("Delete my data").click();
    await data.getByRole("button", { name: "Delete everything" }).click();
    await data.getByText("Tick the box to confirm.").waitFor();
    expect(await db.user.count({ where: { username } })).toBe(1);

    await data.getByRole("checkbox", { name: "I understand that my data will be deleted permanently" }).check();
    await data.getByRole("button", { name: "Delete everything" }).click();
    await deviceA.getByText("Your data has been deleted.").waitFor();
    await deviceA.getByText("You have not studied yet").waitFor();
    expect(await db.user.count({ where: { username } })).toBe(0);
    expect(await db.card.count({ where: { noteKey: { startsWith: "fact:e2e-" } } })).toBe(0);

    const page = await open("/en/account");
    await signIn(page, username, PASSWORD);
    await page.getByText("Wrong username or password.").waitFor();
  });

  test("the header links to the account page in both languages", async () => {
    const page = await open("/ja");
    await page.getByRole("navigation", { name: "メイン" }).getByRole("link", { name: "アカウント" }).click();
    await page.waitForURL(/\/ja\/account$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("アカウント");
  });
});

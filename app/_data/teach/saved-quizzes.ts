// A teacher's saved quizzes: stored with the self-study set-up they were made from (Quiz.config), read
// and changed only by their owner (someone else's quiz is "not found", never "forbidden": its id says
// nothing about whether it exists).
import type { Db } from "../prisma-client";
import { savedQuizSchema, type SavedQuiz } from "../../_schemas/saved-quiz";
import { quizSetupSchema, toQuizConfig, type QuizSetup } from "../../_schemas/quiz";
import type { QuizConfig } from "../../_domain/quiz/types";

export type SavedQuizView = { id: string; title: string; setup: QuizSetup; createdAt: Date; updatedAt: Date };

/** A quiz of exactly these facts (made by "assign the missed facts"), stored beside the set-up. */
export function readFactKeys(config: string): string[] | null {
  try {
    const keys = (JSON.parse(config) as { factKeys?: unknown }).factKeys;
    return Array.isArray(keys) && keys.every((k) => typeof k === "string") && keys.length > 0 ? keys : null;
  } catch {
    return null;
  }
}

/** Saves a quiz of exactly these facts (its set-up gives types and direction; the count is the facts'). */
export async function createFactsQuiz(db: Db, ownerId: string, title: string, setup: QuizSetup, factKeys: string[]): Promise<string> {
  const row = await db.quiz.create({ data: { ownerId, title, config: JSON.stringify({ ...setup, count: factKeys.length, factKeys }) }, select: { id: true } });
  return row.id;
}
export type SaveOutcome = { ok: true; id: string } | { ok: false; error: "notFound" | "unknownDeck" };

/** The stored config, read back through the form's schema (a row written by hand cannot break a page). */
export function readSetup(config: string): QuizSetup | null {
  try {
    const parsed = quizSetupSchema.safeParse(JSON.parse(config));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The quiz config an attempt is generated from; `seed` fixes the questions (an assignment's one seed). */
export function savedQuizConfig(setup: QuizSetup, seed: string): QuizConfig {
  return toQuizConfig({ ...setup, seed: setup.seed || seed }, () => seed);
}

function toView(row: { id: string; title: string; config: string; createdAt: Date; updatedAt: Date }): SavedQuizView | null {
  const setup = readSetup(row.config);
  return setup ? { id: row.id, title: row.title, setup, createdAt: row.createdAt, updatedAt: row.updatedAt } : null;
}

export async function listSavedQuizzes(db: Db, ownerId: string): Promise<SavedQuizView[]> {
  const rows = await db.quiz.findMany({ where: { ownerId }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }] });
  return rows.flatMap((row) => toView(row) ?? []);
}

export async function getSavedQuiz(db: Db, ownerId: string, id: string): Promise<SavedQuizView | null> {
  const row = await db.quiz.findFirst({ where: { id, ownerId } });
  return row ? toView(row) : null;
}

async function deckExists(db: Db, deck: string): Promise<boolean> {
  return deck === "all" || deck === "" || (await db.deck.count({ where: { key: deck } })) > 0;
}

function storedConfig(values: SavedQuiz): string {
  const { title: _title, ...setup } = savedQuizSchema.parse(values);
  return JSON.stringify(setup);
}

export async function createSavedQuiz(db: Db, ownerId: string, values: SavedQuiz): Promise<SaveOutcome> {
  if (!(await deckExists(db, values.deck))) return { ok: false, error: "unknownDeck" };
  const row = await db.quiz.create({ data: { ownerId, title: values.title, config: storedConfig(values) }, select: { id: true } });
  return { ok: true, id: row.id };
}

export async function updateSavedQuiz(db: Db, ownerId: string, id: string, values: SavedQuiz): Promise<SaveOutcome> {
  if (!(await deckExists(db, values.deck))) return { ok: false, error: "unknownDeck" };
  // A quiz of exactly some facts keeps them: the form edits its title, types and direction.
  const existing = await db.quiz.findFirst({ where: { id, ownerId }, select: { config: true } });
  if (!existing) return { ok: false, error: "notFound" };
  const factKeys = readFactKeys(existing.config);
  const config = factKeys ? JSON.stringify({ ...JSON.parse(storedConfig(values)), count: factKeys.length, factKeys }) : storedConfig(values);
  const updated = await db.quiz.updateMany({ where: { id, ownerId }, data: { title: values.title, config } });
  return updated.count === 1 ? { ok: true, id } : { ok: false, error: "notFound" };
}

/** Deleting a quiz deletes its assignments (and unlinks their attempts); past games keep their questions. */
export async function deleteSavedQuiz(db: Db, ownerId: string, id: string): Promise<boolean> {
  const deleted = await db.quiz.deleteMany({ where: { id, ownerId } });
  return deleted.count === 1;
}

// Generating a quiz for a learner and storing it, answer key included, as a new attempt.
import type { Db } from "../prisma-client";
import { toEntityRecord, toFactRecord, toTermRecord } from "../interchange/records";
import { generateQuiz, MAX_QUESTIONS } from "../../_domain/quiz/generate-quiz";
import type { GeneratedQuiz, QuizConfig, QuizPool, Shortfall } from "../../_domain/quiz/types";
import type { EntityRecord } from "../../_schemas/interchange";
import { loadQuizPool } from "./load-pool";
import { tagKeysSelect } from "../tags/tag-keys";
import { readAttempt, serializeConfig, type StoredConfig, type StoredQuestion } from "./attempt-store";

export type StartOutcome =
  | { ok: true; attemptId: string; shortfalls: Shortfall[] }
  | { ok: false; error: "unknownDeck" | "noQuestions" | "notFound" | "nothingMissed"; shortfalls?: Shortfall[] };

/**
 * `owner` is asked for only once the quiz can be made, so an unknown deck or an empty pool creates
 * nothing (not even the guest who would own the attempt).
 */
export async function createAttempt(db: Db, owner: string | (() => Promise<string>), config: QuizConfig): Promise<StartOutcome> {
  const loaded = await loadQuizPool(db, config);
  if (!loaded) return { ok: false, error: "unknownDeck" };
  const quiz = generateQuiz(loaded.pool, loaded.config);
  if (quiz.questions.length === 0) return { ok: false, error: "noQuestions", shortfalls: quiz.shortfalls };
  const userId = typeof owner === "string" ? owner : await owner();
  return storeAttempt(db, userId, loaded.pool, quiz, { ...config, shortfalls: quiz.shortfalls, retryOf: null });
}

/**
 * A new attempt that asks again the facts and terms of the questions the learner got wrong (or only
 * partly right), in the same direction and with the same question types.
 */
export async function createRetryAttempt(db: Db, userId: string, attemptId: unknown, seed: string): Promise<StartOutcome> {
  const attempt = await readAttempt(db, userId, attemptId);
  if (!attempt) return { ok: false, error: "notFound" };
  const missed = await db.quizAnswer.findMany({
    where: { attemptId: attempt.id, verdict: "wrong" },
    select: { position: true },
  });
  const items = missed.flatMap((a) => attempt.questions[a.position]?.reveal ?? []);
  const factKeys = items.filter((r) => r.kind === "fact").map((r) => r.key);
  const termKeys = items.filter((r) => r.kind === "term").map((r) => r.key);
  if (factKeys.length + termKeys.length === 0) return { ok: false, error: "nothingMissed" };
  const pool = await poolOf(db, factKeys, termKeys);
  const config: QuizConfig = {
    deckKeys: "all",
    tags: [],
    count: Math.min(MAX_QUESTIONS, factKeys.length + termKeys.length),
    types: attempt.config.types,
    direction: attempt.config.direction,
    seed,
  };
  const quiz = generateQuiz(pool, config);
  // Running out of missed items is the point of a retry, not something to warn about.
  return storeAttempt(db, userId, pool, quiz, { ...config, shortfalls: [], retryOf: attempt.id });
}

/**
 * A quiz of exactly these facts (a class's most-missed facts, assigned by its teacher), with the config's
 * types, direction and seed; the count is at most the number of facts.
 */
export async function createAttemptOfFacts(db: Db, userId: string, factKeys: string[], config: QuizConfig): Promise<StartOutcome> {
  const pool = await poolOf(db, factKeys, []);
  const quiz = generateQuiz(pool, { ...config, deckKeys: "all", tags: [], count: Math.min(config.count, MAX_QUESTIONS, factKeys.length) });
  return storeAttempt(db, userId, pool, quiz, { ...config, shortfalls: quiz.shortfalls, retryOf: null });
}

/** Exactly these facts and terms, with the entities they name and more of the same types (distractors). */
async function poolOf(db: Db, factKeys: string[], termKeys: string[]): Promise<QuizPool> {
  const [facts, terms] = await Promise.all([
    db.fact.findMany({
      where: { key: { in: factKeys }, published: true },
      include: {
        source: { select: { key: true } },
        deck: { select: { key: true } },
        entities: { include: { entity: true }, orderBy: [{ role: "asc" }, { position: "asc" }] },
        tags: tagKeysSelect,
      },
    }),
    db.term.findMany({
      where: { key: { in: termKeys }, published: true },
      include: { source: { select: { key: true } }, deck: { select: { key: true } }, tags: tagKeysSelect },
    }),
  ]);
  const entities = new Map<string, EntityRecord>();
  for (const f of facts) for (const link of f.entities) entities.set(link.entity.key, toEntityRecord(link.entity));
  const types = new Set(facts.flatMap((f) => f.entities.filter((l) => l.role === "answer").map((l) => l.entity.type)));
  for (const type of [...types].sort())
    for (const e of await db.entity.findMany({ where: { type }, take: 40 })) if (!entities.has(e.key)) entities.set(e.key, toEntityRecord(e));
  return { facts: facts.map(toFactRecord), terms: terms.map(toTermRecord), entities: [...entities.values()] };
}

async function storeAttempt(db: Db, userId: string, pool: QuizPool, quiz: GeneratedQuiz, config: StoredConfig): Promise<StartOutcome> {
  if (quiz.questions.length === 0) return { ok: false, error: "noQuestions", shortfalls: quiz.shortfalls };
  const sourceOf = new Map<string, string>();
  for (const f of pool.facts) sourceOf.set(`fact:${f.key}`, f.sourceKey);
  for (const t of pool.terms) sourceOf.set(`term:${t.key}`, t.sourceKey);
  const questions: StoredQuestion[] = quiz.questions.map((q) => ({
    ...q,
    reveal: q.reveal.map((r) => ({ ...r, sourceKey: sourceOf.get(`${r.kind}:${r.key}`) ?? "" })),
  }));
  const row = await db.quizAttempt.create({
    data: { userId, config: serializeConfig(config), seed: config.seed, questions: JSON.stringify(questions), total: questions.length },
    select: { id: true },
  });
  return { ok: true, attemptId: row.id, shortfalls: quiz.shortfalls };
}

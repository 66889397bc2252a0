// Reading and writing a quiz attempt's JSON columns. The stored questions are the generator's
// GeneratedQuestion[] with each reveal item's source key added (so a citation needs only the Source table).
import { z } from "zod";
import type { Db } from "../prisma-client";
import type { Citation } from "../facts/types";
import { quizConfigSchema } from "../../_domain/quiz/quiz-config";
import { gradeAnswer } from "../../_domain/quiz/grade-answer";
import { QUESTION_TYPES, type GeneratedQuestion, type QuizConfig, type RevealItem, type Shortfall } from "../../_domain/quiz/types";
import type { QuizResponse } from "../../_domain/quiz/responses";
import type { AnswerView, RevealView } from "./views";

export type StoredReveal = RevealItem & { sourceKey: string };
export type StoredQuestion = Omit<GeneratedQuestion, "reveal"> & { reveal: StoredReveal[] };

const shortfallSchema = z.object({ type: z.enum(QUESTION_TYPES), reason: z.string() });

/** The config column: the learner's QuizConfig plus what the set-up page needs to say about it. */
export const storedConfigSchema = quizConfigSchema.extend({
  shortfalls: z.array(shortfallSchema).default([]),
  /** The attempt whose missed questions this one retries. */
  retryOf: z.string().nullable().default(null),
});
export type StoredConfig = QuizConfig & { shortfalls: Shortfall[]; retryOf: string | null };

export interface StoredAttempt {
  id: string;
  config: StoredConfig;
  seed: string;
  questions: StoredQuestion[];
  total: number;
  finishedAt: Date | null;
}

/** Ids are cuids; anything else cannot name an attempt (and is not worth a query). */
export const isAttemptId = (id: unknown): id is string => typeof id === "string" && /^[a-z0-9]{1,64}$/i.test(id);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The learner's own attempt, or null (unknown id, or someone else's: the same answer for both). */
export async function readAttempt(db: Db, userId: string, attemptId: unknown): Promise<StoredAttempt | null> {
  if (!isAttemptId(attemptId)) return null;
  const row = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    select: { id: true, config: true, seed: true, questions: true, total: true, finishedAt: true },
  });
  if (!row) return null;
  const config = storedConfigSchema.safeParse(parseJson(row.config));
  const questions = parseJson(row.questions);
  if (!config.success || !Array.isArray(questions)) return null;
  return { ...row, config: config.data as StoredConfig, questions: questions as StoredQuestion[] };
}

export function serializeConfig(config: StoredConfig): string {
  return JSON.stringify(config);
}

/** JSON with object keys sorted, so the same answer always reads the same (idempotent resubmission). */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === "object"
        ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]))
        : v;
  return JSON.stringify(sort(value));
}

type CitationSource = Omit<Citation, "passage" | "locatorJa" | "locatorEn">;

/** The sources the reveal items cite, by key: one small query. */
export async function sourcesFor(db: Db, questions: StoredQuestion[]): Promise<Map<string, CitationSource>> {
  const keys = [...new Set(questions.flatMap((q) => q.reveal.map((r) => r.sourceKey)).filter(Boolean))];
  if (keys.length === 0) return new Map();
  const rows = await db.source.findMany({
    where: { key: { in: keys } },
    select: { key: true, titleJa: true, titleEn: true, seriesJa: true, seriesEn: true, number: true, publishedOn: true, authorJa: true, authorEn: true, url: true },
  });
  return new Map(
    rows.map((s) => [
      s.key,
      {
        sourceTitleJa: s.titleJa,
        sourceTitleEn: s.titleEn,
        sourceSeriesJa: s.seriesJa,
        sourceSeriesEn: s.seriesEn,
        sourceNumber: s.number,
        sourcePublishedOn: s.publishedOn,
        sourceAuthorJa: s.authorJa,
        sourceAuthorEn: s.authorEn,
        sourceUrl: s.url,
      },
    ]),
  );
}

function revealView(item: StoredReveal, sources: Map<string, CitationSource>): RevealView {
  const { sourceKey, ...reveal } = item;
  const source = sources.get(sourceKey);
  return {
    ...reveal,
    citation: source ? { passage: item.passage, locatorJa: item.locatorJa, locatorEn: item.locatorEn, ...source } : null,
  };
}

/** An answered question as the browser may now see it: the stored verdict, plus what was expected. */
export function answerView(
  question: StoredQuestion,
  row: { position: number; response: string; verdict: string; score: number },
  sources: Map<string, CitationSource>,
): AnswerView {
  const response = (parseJson(row.response) ?? {}) as QuizResponse;
  const graded = gradeAnswer(question, response);
  return {
    position: row.position,
    verdict: row.verdict === "correct" || row.verdict === "almost" ? row.verdict : "wrong",
    score: row.score,
    response,
    expected: graded.expected,
    matched: graded.matched,
    partsRight: graded.partsRight,
    reveal: question.reveal.map((r) => revealView(r, sources)),
  };
}

// Making a live game from a teacher's saved quiz: its questions generated once, in both languages, and
// stored with the answer keys and the citations the reveals will show; a fresh join code.
import { randomInt } from "node:crypto";
import type { Db } from "../prisma-client";
import { loadQuizPool } from "../quiz/load-pool";
import { quizConfigSchema } from "../../_domain/quiz/quiz-config";
import type { QuizPool } from "../../_domain/quiz/types";
import { generateLiveQuestions } from "../../_domain/live/generate-live-questions";
import { LIVE_QUESTION_TYPES, isLiveQuestionType } from "../../_domain/live/live-question-types";
import { generateJoinCode, type RandomInt } from "../../_domain/live/join-code";
import type { GameSettings } from "../../_domain/live/game-settings";
import { citedSourceSelect, toCitation } from "../facts/citation";
import { isUniqueViolation } from "../db-helpers/prisma-errors";
import type { Citation } from "../facts/types";
import type { StoredQuestions } from "./game-store";

export type CreateGameOutcome = { ok: true; sessionId: string; joinCode: string } | { ok: false; error: "notFound" | "noQuestions" };

export interface CreateGameInput {
  quizId: string;
  settings: GameSettings;
  hostLocale: "ja" | "en";
  /** A fresh seed per game, so hosting one quiz twice does not ask the same questions in the same order. */
  seed: string;
}

export async function createGame(db: Db, hostId: string, input: CreateGameInput, random: RandomInt = randomInt): Promise<CreateGameOutcome> {
  const quiz = await db.quiz.findFirst({ where: { id: input.quizId, ownerId: hostId }, select: { id: true, title: true, config: true } });
  if (!quiz) return { ok: false, error: "notFound" };
  const config = quizConfigSchema.safeParse(safeJson(quiz.config));
  if (!config.success) return { ok: false, error: "noQuestions" };
  const loaded = await loadQuizPool(db, config.data);
  if (!loaded) return { ok: false, error: "noQuestions" };
  const chosen = loaded.config.types.filter(isLiveQuestionType);
  const types = chosen.length > 0 ? chosen : [...LIVE_QUESTION_TYPES];
  const questions = generateLiveQuestions(loaded.pool, { ...loaded.config, types, seed: input.seed });
  if (questions.length === 0) return { ok: false, error: "noQuestions" };

  const stored: StoredQuestions = { questions, citations: await citationsOf(db, loaded.pool, questions) };
  for (let attempt = 0; attempt < 5; attempt++) {
    const joinCode = generateJoinCode(random);
    try {
      const row = await db.liveSession.create({
        data: {
          quizId: quiz.id,
          hostId,
          title: quiz.title,
          joinCode,
          hostLocale: input.hostLocale,
          timerSeconds: input.settings.timerSeconds,
          speedScoring: input.settings.speedScoring,
          lateJoin: input.settings.lateJoin,
          questions: JSON.stringify(stored),
        },
        select: { id: true },
      });
      return { ok: true, sessionId: row.id, joinCode };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // the code is taken by another game: draw again
    }
  }
  throw new Error("no free join code");
}

async function citationsOf(db: Db, pool: QuizPool, questions: StoredQuestions["questions"]) {
  const sourceOf = new Map<string, string>();
  for (const f of pool.facts) sourceOf.set(`fact:${f.key}`, f.sourceKey);
  for (const t of pool.terms) sourceOf.set(`term:${t.key}`, t.sourceKey);
  const keys = [...new Set(sourceOf.values())];
  const sources = new Map(
    (await db.source.findMany({ where: { key: { in: keys } }, select: { key: true, ...citedSourceSelect } })).map(({ key, ...s }) => [key, s]),
  );
  const citations: Record<string, Citation> = {};
  for (const q of questions) {
    for (const item of q.versions.ja.reveal) {
      const id = `${item.kind}:${item.key}`;
      const source = sources.get(sourceOf.get(id) ?? "");
      if (source) citations[id] = toCitation(item, source);
    }
  }
  return citations;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

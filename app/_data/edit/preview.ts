// The questions the quiz generator would make from one fact (drafts included), with their options and
// right answers, for the fact's edit page: the same generator a quiz runs, given this fact, the
// entities it names, and up to 40 more entities of each answer type to draw distractors from.
import type { Db } from "../prisma-client";
import { toEntityRecord } from "../interchange/records";
import { generateQuiz } from "../../_domain/quiz/generate-quiz";
import { QUESTION_TYPES, type Direction, type GeneratedQuestion } from "../../_domain/quiz/types";
import type { EntityRecord } from "../../_schemas/interchange";
import { readStoredFact } from "./fact-writes";

const PREVIEW_TYPES = QUESTION_TYPES.filter((type) => type !== "term_translation");

export async function previewQuestions(db: Db, factKey: string, direction: Direction): Promise<Pick<GeneratedQuestion, "public" | "key">[]> {
  const fact = await readStoredFact(db, factKey);
  if (!fact) return [];
  const { id: _id, position: _position, published: _published, ...record } = fact;
  const named = await db.entity.findMany({ where: { key: { in: [...record.answerEntityKeys, ...record.subjectEntityKeys] } } });
  const entities = new Map<string, EntityRecord>(named.map((e) => [e.key, toEntityRecord(e)]));
  for (const type of [...new Set(named.filter((e) => record.answerEntityKeys.includes(e.key)).map((e) => e.type))].sort())
    for (const e of await db.entity.findMany({ where: { type }, take: 40, orderBy: { key: "asc" } })) if (!entities.has(e.key)) entities.set(e.key, toEntityRecord(e));
  const pool = { facts: [record], entities: [...entities.values()], terms: [] };
  return PREVIEW_TYPES.flatMap((type) =>
    generateQuiz(pool, { deckKeys: "all", tags: [], count: 1, types: [type], direction, seed: `preview:${factKey}` }).questions.map((q) => ({ public: q.public, key: q.key })),
  );
}

import type { FactRecord } from "@/app/_schemas/interchange";
import { isUnusedFact, type QuizContext } from "./quiz-context";
import { revealFact } from "./reveal";
import type { GeneratedQuestion, QuestionType, ShortfallReason } from "./types";

/** A built question (its `reveal` lists the facts/terms it used up), or why none could be built. */
export type BuildResult = { question: GeneratedQuestion } | { shortfall: ShortfallReason };

export type QuestionBuilder = (ctx: QuizContext) => BuildResult;

export const newQuestionId = (ctx: QuizContext) => `q${ctx.rng.token()}`;

/**
 * Tries the unused eligible facts in random order; the first one `build` accepts becomes the question.
 * `failure` is the reason to report when some were eligible but none could be built.
 */
export function buildFromOneFact(
  ctx: QuizContext,
  type: QuestionType,
  eligible: (fact: FactRecord) => boolean,
  build: (fact: FactRecord) => Omit<GeneratedQuestion, "reveal"> | null,
  failure: ShortfallReason,
): BuildResult {
  let all = ctx.eligibleFacts.get(type);
  if (!all) ctx.eligibleFacts.set(type, (all = ctx.candidates.filter(eligible)));
  const fitting = all.filter(isUnusedFact(ctx));
  if (fitting.length === 0) return { shortfall: all.length > 0 ? "exhausted" : "no_eligible_items" };
  const reserved = (f: FactRecord) => (ctx.reserved.series && !!f.series) || (ctx.reserved.events && !!f.event);
  for (const group of [fitting.filter((f) => !reserved(f)), fitting.filter(reserved)]) {
    for (const fact of ctx.rng.draw(group)) {
      const built = build(fact);
      if (built) return { question: { ...built, reveal: [revealFact(fact)] } };
    }
  }
  return { shortfall: failure };
}

/** Re-shuffles until the order differs from the given one (when it can), so order never gives it away. */
export function shuffleAwayFrom<T>(ctx: QuizContext, items: readonly T[]): T[] {
  let out = ctx.rng.shuffle(items);
  for (let i = 0; i < 5 && items.length > 1 && out.every((x, j) => x === items[j]); i++) out = ctx.rng.shuffle(items);
  return out;
}

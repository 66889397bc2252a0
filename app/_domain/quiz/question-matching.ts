// 4–6 facts of one series: series labels (prompt language) on the left, answers (answer language)
// shuffled on the right.
import type { FactRecord } from "@/app/_schemas/interchange";
import { newQuestionId, shuffleAwayFrom, type QuestionBuilder } from "./build-result";
import { answerTextOf, entityName, isUnusedFact, pickLang, singleAnswerEntity, type QuizContext } from "./quiz-context";
import { revealFact } from "./reveal";
import type { Choice } from "./types";

const MIN_PAIRS = 4;
const MAX_PAIRS = 6;

export const buildMatching: QuestionBuilder = (ctx) => {
  const fresh = seriesOf(ctx, ctx.candidates.filter(isUnusedFact(ctx)));
  if (fresh.length === 0) return { shortfall: seriesOf(ctx, ctx.candidates).length > 0 ? "exhausted" : "no_series_with_4" };
  const members = ctx.rng.pick(fresh);
  const size = ctx.rng.int(MIN_PAIRS, Math.min(MAX_PAIRS, members.length));
  const facts = ctx.rng.sample(members, size).sort((a, b) => a.series!.order - b.series!.order);
  const label = (f: FactRecord) => pickLang(f.series!.labelJa, f.series!.labelEn, ctx.promptLang);
  const left: Choice[] = facts.map((f) => ({ id: ctx.rng.token(), text: label(f) }));
  const right: Choice[] = facts.map((f) => ({ id: ctx.rng.token(), text: answerOf(ctx, f) }));
  return {
    question: {
      public: {
        type: "matching",
        id: newQuestionId(ctx),
        promptLang: ctx.promptLang,
        answerLang: ctx.answerLang,
        left,
        right: shuffleAwayFrom(ctx, right),
      },
      key: { type: "matching", pairs: Object.fromEntries(left.map((l, i) => [l.id, right[i].id])) },
      reveal: facts.map(revealFact),
    },
  };
};

const answerOf = (ctx: QuizContext, fact: FactRecord) => {
  const entity = singleAnswerEntity(ctx, fact);
  return entity ? entityName(entity, ctx.answerLang) : answerTextOf(fact, ctx.answerLang);
};

/** Series (sorted by key) that can give 4 pairs whose labels and answers are all distinct. */
function seriesOf(ctx: QuizContext, facts: FactRecord[]): FactRecord[][] {
  const groups = new Map<string, FactRecord[]>();
  for (const f of facts) if (f.series) groups.set(f.series.key, [...(groups.get(f.series.key) ?? []), f]);
  const usable: FactRecord[][] = [];
  for (const [, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const labels = new Set<string>();
    const answers = new Set<string>();
    const distinct = group
      .sort((a, b) => a.series!.order - b.series!.order || (a.key < b.key ? -1 : 1))
      .filter((f) => {
        const label = ctx.norm(pickLang(f.series!.labelJa, f.series!.labelEn, ctx.promptLang));
        const answer = ctx.norm(answerOf(ctx, f));
        if (labels.has(label) || answers.has(answer)) return false;
        labels.add(label);
        answers.add(answer);
        return true;
      });
    if (distinct.length >= MIN_PAIRS) usable.push(distinct);
  }
  return usable;
}

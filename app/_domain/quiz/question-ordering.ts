// 3–5 dated events, shuffled; the learner puts them in chronological order.
import type { FactRecord } from "@/app/_schemas/interchange";
import { newQuestionId, shuffleAwayFrom, type QuestionBuilder } from "./build-result";
import { isUnusedFact, pickLang, type QuizContext } from "./quiz-context";
import { revealFact } from "./reveal";
import type { Choice } from "./types";

const MIN_EVENTS = 3;
const MAX_EVENTS = 5;

export const buildOrdering: QuestionBuilder = (ctx) => {
  const dated = ctx.candidates.filter((f) => f.event);
  const fresh = dated.filter(isUnusedFact(ctx));
  const size = ctx.rng.int(MIN_EVENTS, MAX_EVENTS);
  const facts = comparableEvents(ctx, ctx.rng.draw(fresh), size);
  if (facts.length < MIN_EVENTS) {
    const enoughOverall = comparableEvents(ctx, dated, MIN_EVENTS).length >= MIN_EVENTS;
    return { shortfall: enoughOverall ? "exhausted" : "too_few_dated_events" };
  }
  facts.sort((a, b) => (a.event!.date < b.event!.date ? -1 : 1));
  const label = (f: FactRecord) => pickLang(f.event!.labelJa, f.event!.labelEn, ctx.promptLang);
  const items: Choice[] = facts.map((f) => ({ id: ctx.rng.token(), text: label(f) }));
  return {
    question: {
      public: {
        type: "ordering",
        id: newQuestionId(ctx),
        promptLang: ctx.promptLang,
        answerLang: ctx.answerLang,
        items: shuffleAwayFrom(ctx, items),
      },
      key: {
        type: "ordering",
        order: items.map((i) => i.id),
        dates: Object.fromEntries(items.map((item, i) => [item.id, facts[i].event!.date])),
      },
      reveal: facts.map(revealFact),
    },
  };
};

/**
 * Up to `max` events whose order is unambiguous: no two share a date, and none is a prefix of another
 * ("2010" vs "2010-11" cannot be ordered). Labels must differ too.
 */
function comparableEvents(ctx: QuizContext, facts: Iterable<FactRecord>, max: number): FactRecord[] {
  const chosen: FactRecord[] = [];
  for (const f of facts) {
    if (chosen.length === max) break;
    const date = f.event!.date;
    const label = ctx.norm(pickLang(f.event!.labelJa, f.event!.labelEn, ctx.promptLang));
    const clash = chosen.some((c) => {
      const other = c.event!.date;
      const otherLabel = ctx.norm(pickLang(c.event!.labelJa, c.event!.labelEn, ctx.promptLang));
      return other.startsWith(date) || date.startsWith(other) || otherLabel === label;
    });
    if (!clash) chosen.push(f);
  }
  return chosen;
}

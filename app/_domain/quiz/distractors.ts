// Plausible wrong answers: an entity of the same type for an entity, a near value for a year, number or
// date. Never the right answer under another name (compared normalized, both languages, all aliases).
import type { FactRecord } from "@/app/_schemas/interchange";
import { formatIso, parseIso, renderValue, valueKindOf, type IsoParts } from "./answer-values";
import { entityForms, entityName, intersects, singleAnswerEntity, type QuizContext } from "./quiz-context";

/** One answer written in both languages. */
export interface AnswerText {
  ja: string;
  en: string;
}

const YEAR_SPAN = 5;

/** The fact's answer as an option reads: the entity's name, or the value as the fact writes it. */
export function rightAnswerText(ctx: QuizContext, fact: FactRecord): AnswerText | null {
  const entity = singleAnswerEntity(ctx, fact);
  if (entity) return { ja: entityName(entity, "ja"), en: entityName(entity, "en") };
  if (valueKindOf(fact)) return { ja: fact.answerTextJa, en: fact.answerTextEn };
  return null;
}

/** `n` distractors for a fact with a single-entity or value answer, or null when there are too few. */
export function findDistractors(ctx: QuizContext, fact: FactRecord, n: number): AnswerText[] | null {
  const right = rightAnswerText(ctx, fact);
  if (!right) return null;
  const taken = new Set([right.ja, right.en, fact.answerTextJa, fact.answerTextEn].map(ctx.norm));
  const chosen: AnswerText[] = [];
  for (const candidate of candidatesFor(ctx, fact)) {
    if (chosen.length === n) break;
    const forms = new Set([candidate.ja, candidate.en].map(ctx.norm));
    if (intersects(forms, taken)) continue;
    forms.forEach((f) => taken.add(f));
    chosen.push(candidate);
  }
  return chosen.length === n ? chosen : null;
}

/** Candidates in order of preference (values/entities that occur elsewhere in the pool first). */
function* candidatesFor(ctx: QuizContext, fact: FactRecord): Generator<AnswerText> {
  const entity = singleAnswerEntity(ctx, fact);
  if (entity) {
    const rightForms = new Set([...entityForms(entity), ctx.norm(fact.answerTextJa), ctx.norm(fact.answerTextEn)]);
    const others = (ctx.entitiesByType.get(entity.type) ?? []).filter(
      (e) => e.key !== entity.key && !fact.subjectEntityKeys.includes(e.key) && !intersects(entityForms(e), rightForms),
    );
    const preferred = others.filter((e) => ctx.answerEntityKeys.has(e.key));
    const rest = others.filter((e) => !ctx.answerEntityKeys.has(e.key));
    for (const e of [...ctx.rng.shuffle(preferred), ...ctx.rng.shuffle(rest)]) {
      yield { ja: entityName(e, "ja"), en: entityName(e, "en") };
    }
    return;
  }
  const values = nearValues(ctx, fact);
  for (const v of values) yield { ja: renderValue(fact, v, "ja"), en: renderValue(fact, v, "en") };
}

function nearValues(ctx: QuizContext, fact: FactRecord): string[] {
  const kind = valueKindOf(fact);
  const value = fact.answerValue;
  if (kind === "year") {
    const y = Number(value);
    const near = spread(YEAR_SPAN).map((d) => y + d);
    const preferred = near.filter((c) => ctx.yearsInPool.has(c));
    const rest = near.filter((c) => !ctx.yearsInPool.has(c));
    return [...ctx.rng.shuffle(preferred), ...ctx.rng.shuffle(rest)].map(String);
  }
  if (kind === "number") {
    const n = Number(value);
    const decimals = value.split(".")[1]?.length ?? 0;
    const step = n >= 100 ? 10 ** (Math.floor(Math.log10(n)) - 1) : 1;
    // The native counter つ only goes to 9 ("11つ" is not Japanese).
    const max = /\dつ/.test(fact.answerTextJa.normalize("NFKC")) ? 9 : Infinity;
    const near = spread(4).map((d) => n + d * step).filter((c) => (c > 0 || n <= 0) && c <= max);
    return ctx.rng.shuffle(near).map((c) => c.toFixed(decimals));
  }
  if (kind === "date") {
    const p = parseIso(value)!;
    const near = spread(p.d ? 10 : p.m ? 6 : YEAR_SPAN).map((d) => formatIso(shift(p, d)));
    const samePrecision = (d: string) => d.length === value.length && d !== value;
    const preferred = [...ctx.datesInPool].sort().filter((d) => samePrecision(d) && isNear(p, parseIso(d)!));
    const rest = near.filter((d) => !preferred.includes(d));
    return [...ctx.rng.shuffle(preferred), ...ctx.rng.shuffle(rest)];
  }
  return [];
}

/** -1, +1, -2, +2, … ±span. */
const spread = (span: number) => Array.from({ length: span * 2 }, (_, i) => (i % 2 ? 1 : -1) * (Math.floor(i / 2) + 1));

function shift(p: IsoParts, by: number): IsoParts {
  if (p.d && p.m) {
    const t = new Date(Date.UTC(p.y, p.m - 1, p.d + by));
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  if (p.m) {
    const months = p.y * 12 + (p.m - 1) + by;
    return { y: Math.floor(months / 12), m: (months % 12) + 1 };
  }
  return { y: p.y + by };
}

/** Within a month for a day, a year for a month, five years for a year. */
function isNear(a: IsoParts, b: IsoParts): boolean {
  const days = (p: IsoParts) => Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1) / 86_400_000;
  const limit = a.d ? 31 : a.m ? 366 : YEAR_SPAN * 366;
  return Math.abs(days(a) - days(b)) <= limit;
}

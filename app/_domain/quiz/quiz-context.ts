// The sorted, indexed view of a pool that the question builders share while one quiz is generated.
import type { EntityRecord, EntityType, FactRecord, TermRecord } from "@/app/_schemas/interchange";
import { normalizeAnswer } from "@/app/_domain/text/normalize-answer";
import { createRandom, type Random } from "./random";
import type { Lang, QuizConfig, QuizPool } from "./types";

export interface QuizContext {
  promptLang: Lang;
  answerLang: Lang;
  rng: Random;
  /** Every pool fact (distractor values come from these too), sorted by key. */
  facts: FactRecord[];
  /** Facts matching the config's decks and tags: the ones that may be asked. */
  candidates: FactRecord[];
  allTerms: TermRecord[];
  candidateTerms: TermRecord[];
  entities: Map<string, EntityRecord>;
  entitiesByType: Map<EntityType, EntityRecord[]>;
  /** Keys of entities that answer some pool fact: preferred distractors, being plausible answers. */
  answerEntityKeys: Set<string>;
  /** Years and ISO dates mentioned anywhere in the pool: preferred near-miss values. */
  yearsInPool: Set<number>;
  datesInPool: Set<string>;
  /** Keys of the facts and terms already asked in this quiz. */
  usedFacts: Set<string>;
  usedTerms: Set<string>;
  /**
   * While matching/ordering may still be asked, single-fact questions take series members / dated facts
   * last, or they would break up the few series and timelines those types need.
   */
  reserved: { series: boolean; events: boolean };
  /** Candidates each question type can use at all (fixed for the quiz), computed on first use. */
  eligibleFacts: Map<string, FactRecord[]>;
  /** normalizeAnswer, memoized for this quiz (the builders compare the same labels many times). */
  norm: (text: string) => string;
}

const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function createQuizContext(pool: QuizPool, config: QuizConfig): QuizContext {
  // Sorting first makes the quiz independent of the order the data layer happened to return.
  const facts = [...pool.facts].sort(byKey);
  const allTerms = [...pool.terms].sort(byKey);
  const entityList = [...pool.entities].sort(byKey);
  const inScope = (item: { deckKey: string; tags: string[] }) =>
    (config.deckKeys === "all" || config.deckKeys.includes(item.deckKey)) &&
    (config.tags.length === 0 || item.tags.some((t) => config.tags.includes(t)));
  const entitiesByType = new Map<EntityType, EntityRecord[]>();
  for (const e of entityList) {
    const list = entitiesByType.get(e.type);
    if (list) list.push(e);
    else entitiesByType.set(e.type, [e]);
  }
  const [promptLang, answerLang] = config.direction.split("-") as [Lang, Lang];
  return {
    promptLang,
    answerLang,
    rng: createRandom(`${config.seed}\u0000${config.direction}`),
    facts,
    candidates: facts.filter(inScope),
    allTerms,
    candidateTerms: allTerms.filter(inScope),
    entities: new Map(entityList.map((e) => [e.key, e])),
    entitiesByType,
    ...valuesInPool(facts),
    usedFacts: new Set(),
    usedTerms: new Set(),
    reserved: { series: false, events: false },
    eligibleFacts: new Map(),
    norm: memoize(normalizeAnswer),
  };
}

export const isUnusedFact = (ctx: QuizContext) => (fact: FactRecord) => !ctx.usedFacts.has(fact.key);
export const isUnusedTerm = (ctx: QuizContext) => (term: TermRecord) => !ctx.usedTerms.has(term.key);

export const pickLang = <T>(ja: T, en: T, lang: Lang): T => (lang === "ja" ? ja : en);
export const statementOf = (f: FactRecord, lang: Lang) => pickLang(f.statementJa, f.statementEn, lang);
export const answerTextOf = (f: FactRecord, lang: Lang) => pickLang(f.answerTextJa, f.answerTextEn, lang);
export const questionOf = (f: FactRecord, lang: Lang) => pickLang(f.questionJa, f.questionEn, lang);
export const entityName = (e: EntityRecord, lang: Lang) => pickLang(e.nameJa, e.nameEn, lang);

/** The answer entity of a fact whose answer is exactly one known entity. */
export function singleAnswerEntity(ctx: QuizContext, fact: FactRecord): EntityRecord | null {
  if (fact.answerType !== "entity" || fact.answerEntityKeys.length !== 1) return null;
  return ctx.entities.get(fact.answerEntityKeys[0]) ?? null;
}

const formsCache = new WeakMap<EntityRecord, Set<string>>();

/** Every normalized way to name an entity, in both languages. */
export function entityForms(e: EntityRecord): Set<string> {
  let forms = formsCache.get(e);
  if (!forms) {
    const names = [e.nameJa, e.nameEn, e.readingJa, ...e.aliasesJa, ...e.aliasesEn];
    forms = new Set(names.map(normalizeAnswer).filter(Boolean));
    formsCache.set(e, forms);
  }
  return forms;
}

export const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

function valuesInPool(facts: FactRecord[]) {
  const answerEntityKeys = new Set<string>();
  const yearsInPool = new Set<number>();
  const datesInPool = new Set<string>();
  for (const f of facts) {
    if (f.answerType === "entity") f.answerEntityKeys.forEach((k) => answerEntityKeys.add(k));
    const dates = [f.event?.date, f.answerType === "date" ? f.answerValue : undefined];
    if (f.answerType === "year" && /^\d{4}$/.test(f.answerValue)) dates.push(f.answerValue);
    for (const d of dates) {
      if (!d || !/^\d{4}/.test(d)) continue;
      datesInPool.add(d);
      yearsInPool.add(Number(d.slice(0, 4)));
    }
  }
  return { answerEntityKeys, yearsInPool, datesInPool };
}

/** Replaces the first occurrence literally (String.replace would read "$&" in a name as a pattern). */
export function replaceFirst(text: string, find: string, replacement: string): string {
  const at = text.indexOf(find);
  return at < 0 ? text : text.slice(0, at) + replacement + text.slice(at + find.length);
}

function memoize(fn: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) cache.set(text, (out = fn(text)));
    return out;
  };
}

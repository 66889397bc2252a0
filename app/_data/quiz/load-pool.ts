// The pool a quiz is generated from. A small base is passed whole; a big one as a seeded SAMPLE: a few
// windows of consecutive facts (and terms) of the chosen decks, the rest of the series they touch (for
// matching), and entities of the answer types (for distractors). Generation cost then stays flat
// however big the base grows, and the same seed on the same base gives the same pool.
import type { Db } from "../prisma-client";
import { createRandom, type Random } from "../../_domain/quiz/random";
import type { QuizConfig, QuizPool } from "../../_domain/quiz/types";
import type { EntityRecord } from "../../_schemas/interchange";
import { listDeckRanges, spanOf, type DeckRange } from "./deck-ranges";
import { decksUnder } from "../../_domain/decks/deck-tree";
import { entitiesOfType, idsOf, readFacts, readIds, readTerms, tagIdsOf, withTags } from "./pool-queries";
import { sql, type Sql } from "../sql";
import { recentlyRead } from "./recently-read";

/** Up to this many positions the whole base is the pool (the seeded deck has 121 facts and 52 terms). */
export const WHOLE_BASE_LIMIT = 600;
/** Sampled facts per question asked (matching and ordering use several), in windows of this size. */
const FACTS_PER_QUESTION = 3;
const FACT_WINDOW_SIZE = 30;
const TERM_WINDOWS = 1;
const TERM_WINDOW_SIZE = 24;
/** The most facts read to complete the series the windows cut into (matching needs four of one). */
const SERIES_COMPLETION = 30;
/** Entities per answer type on top of those the facts name, so multiple choice has same-type distractors. */
const ENTITIES_PER_TYPE = 30;

export interface LoadedPool {
  pool: QuizPool;
  /** The config to generate with: deck keys expanded to every deck below the chosen ones. */
  config: QuizConfig;
}

const deckRanges = recentlyRead(10_000, (db) => listDeckRanges(db));
const distractorEntities = recentlyRead(60_000, (db, type) => entitiesOfType(db, type, ENTITIES_PER_TYPE));

/** Null when the config names decks of which none exists. */
export async function loadQuizPool(db: Db, config: QuizConfig): Promise<LoadedPool | null> {
  let decks = await deckRanges(db, "all");
  const known = (list: DeckRange[]) => config.deckKeys === "all" || config.deckKeys.every((k) => list.some((d) => d.key === k));
  if (!known(decks)) decks = await deckRanges(db, "all", { fresh: true }); // a deck made a moment ago
  const scope = config.deckKeys === "all" ? decks : decksUnder(decks, config.deckKeys);
  if (!scope) return null;
  const rng = createRandom(`${config.seed}\u0000pool`);
  const expanded: QuizConfig = { ...config, deckKeys: config.deckKeys === "all" ? "all" : scope.map((d) => d.key) };
  const whole = (span: (d: DeckRange) => number) => decks.reduce((n, d) => n + span(d), 0) <= WHOLE_BASE_LIMIT;

  const factSpan = (d: DeckRange) => spanOf(d.factLo, d.factHi);
  const termSpan = (d: DeckRange) => spanOf(d.termLo, d.termHi);
  const sampleFacts = !whole(factSpan);
  const sampleTerms = !whole(termSpan);
  const tagIds = config.tags.length === 0 || (!sampleFacts && !sampleTerms) ? null : await tagIdsOf(db, config.tags);
  const windowIds = (table: "Fact" | "Term", starts: { deck: DeckRange; start: number }[], size: number) =>
    idsOf(
      table,
      starts.map(({ deck, start }) => ({
        where: sql`x."deckId" = ${deck.id} AND x."position" >= ${start}${withTags(table, tagIds)}`,
        tail: sql`ORDER BY x."position" LIMIT ${size}`,
      })),
    );
  const factWindows = sampleFacts ? windows(rng, scope, factSpan, (d) => d.factLo!, Math.ceil((config.count * FACTS_PER_QUESTION) / FACT_WINDOW_SIZE), FACT_WINDOW_SIZE) : [];
  const termWindows = !sampleTerms ? null : windows(rng, scope, termSpan, (d) => d.termLo!, TERM_WINDOWS, TERM_WINDOW_SIZE);

  // Ids first (each window is scanned once, however many reads follow), then the rows.
  const [sampled, terms] = await Promise.all([
    (async () => {
      const ids = !sampleFacts ? null : factWindows.length ? await readIds(db, withSeries(windowIds("Fact", factWindows, FACT_WINDOW_SIZE))) : [];
      return readFacts(db, ids);
    })(),
    (async () => {
      const ids = termWindows === null ? null : termWindows.length ? await readIds(db, windowIds("Term", termWindows, TERM_WINDOW_SIZE)) : [];
      return readTerms(db, ids);
    })(),
  ]);
  const facts = sampled.facts;
  const entities = new Map<string, EntityRecord>(sampled.entities.map((e) => [e.key, e]));
  const types = [...new Set(facts.flatMap((f) => f.answerTypes))].sort();
  for (const list of await Promise.all(types.map((type) => distractorEntities(db, type))))
    for (const e of list) if (!entities.has(e.key)) entities.set(e.key, e);
  return {
    pool: { facts: facts.map((f) => f.record), entities: [...entities.values()], terms },
    config: expanded,
  };
}

/**
 * `count` window starts over the scope's decks, each deck chosen in proportion to its span, each start
 * uniform within the deck's range (so a window of `size` fits when the deck is big enough).
 */
function windows(rng: Random, scope: DeckRange[], span: (d: DeckRange) => number, lo: (d: DeckRange) => number, count: number, size: number) {
  const total = scope.reduce((n, d) => n + span(d), 0);
  if (total === 0) return [];
  return Array.from({ length: count }, () => {
    let at = rng.int(0, total - 1);
    const deck = scope.find((d) => (at -= span(d)) < 0)!;
    return { deck, start: lo(deck) + rng.int(0, Math.max(0, span(deck) - size)) };
  });
}

/** The windows' ids, and the other members of every series they touch (up to a bound). */
function withSeries(windowIds: Sql): Sql {
  return sql`${windowIds} UNION ALL SELECT "id" FROM (SELECT m."id" FROM "Fact" m
    WHERE m."seriesKey" IN (SELECT w."seriesKey" FROM "Fact" w WHERE w."id" IN (${windowIds}) AND w."seriesKey" IS NOT NULL)
    ORDER BY m."seriesKey", m."seriesOrder" LIMIT ${SERIES_COMPLETION}) AS series`;
}

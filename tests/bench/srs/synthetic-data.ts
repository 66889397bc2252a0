// Builds the synthetic SRS data set of the benchmark inside the database itself (INSERT … SELECT over a
// generated series), which takes seconds rather than the minutes of row-by-row inserts.
//
// What is built (same on SQLite and PostgreSQL):
// - a base of FACTS facts in DECKS decks of one source;
// - LEARNERS learners: HEAVY of them with HEAVY_CARDS cards each (a daily learner with a big collection),
//   the others with LIGHT_CARDS each; CARDS cards in all, every one referencing a fact of the base;
// - LOGS_PER_CARD review-log rows per card (CARDS × LOGS_PER_CARD = 5M), spread over two years up to now,
//   so that the heavy learners also have a few hundred reviews in the current day.
export const SIZES = {
  FACTS: 100_000,
  DECKS: 10,
  LEARNERS: 10_000,
  HEAVY: 100,
  HEAVY_CARDS: 505,
  LIGHT_CARDS: 5,
  CARDS: 100_000,
  LOGS_PER_CARD: 50,
} as const;

export type Dialect = "sqlite" | "postgresql";
export type Exec = (sql: string) => Promise<void>;

const HEAVY_TOTAL = SIZES.HEAVY * SIZES.HEAVY_CARDS;

/** SQL fragments that differ between the two databases. */
function sqlFor(dialect: Dialect) {
  const pg = dialect === "postgresql";
  return {
    /** Rows i = 0 … n-1 */
    series: (n: number) =>
      pg
        ? `generate_series(0::bigint, ${n - 1}::bigint) AS s(i)`
        : `(WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ${n - 1}) SELECT i FROM s) AS s`,
    pad: (expr: string, width: number) => (pg ? `lpad((${expr})::text, ${width}, '0')` : `printf('%0${width}d', ${expr})`),
    /** An instant given in epoch milliseconds, stored the way the app's Prisma client stores it. */
    at: (ms: string) =>
      pg
        ? `(to_timestamp((${ms})::double precision / 1000.0) AT TIME ZONE 'UTC')`
        : `(strftime('%Y-%m-%dT%H:%M:%f', (${ms}) / 1000.0, 'unixepoch') || '+00:00')`,
    bool: (v: boolean) => (pg ? String(v) : v ? "1" : "0"),
    int: (expr: string) => (pg ? `((${expr})::bigint)` : `CAST(${expr} AS INTEGER)`),
  };
}

/** Which learner owns global card number c. */
export function ownerOf(c: number): number {
  return c < HEAVY_TOTAL ? Math.floor(c / SIZES.HEAVY_CARDS) : SIZES.HEAVY + Math.floor((c - HEAVY_TOTAL) / SIZES.LIGHT_CARDS);
}

export function cardsOf(learner: number): { first: number; count: number } {
  return learner < SIZES.HEAVY
    ? { first: learner * SIZES.HEAVY_CARDS, count: SIZES.HEAVY_CARDS }
    : { first: HEAVY_TOTAL + (learner - SIZES.HEAVY) * SIZES.LIGHT_CARDS, count: SIZES.LIGHT_CARDS };
}

export const learnerId = (n: number) => `u${String(n).padStart(5, "0")}`;
export const cardId = (n: number) => `c${String(n).padStart(6, "0")}`;

export async function buildSyntheticData(dialect: Dialect, exec: Exec, now: Date, log: (message: string) => void): Promise<void> {
  const q = sqlFor(dialect);
  const DAY = 86_400_000;
  const nowMs = now.getTime();
  if (SIZES.HEAVY * SIZES.HEAVY_CARDS + (SIZES.LEARNERS - SIZES.HEAVY) * SIZES.LIGHT_CARDS !== SIZES.CARDS) throw new Error("sizes do not add up");
  const step = async (label: string, sql: string) => {
    const started = performance.now();
    await exec(sql);
    log(`  ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  };

  await step(
    "source and decks",
    `INSERT INTO "Source" ("id", "key", "titleJa", "titleEn", "publisherJa", "publisherEn", "publishedOn", "authorJa", "authorEn", "updatedAt")
     VALUES ('src', 'bench-source', 'ベンチマーク資料', 'Benchmark source', '発行者', 'Publisher', '2024-01-01', '著者', 'Author', ${q.at(String(nowMs))});
     INSERT INTO "Deck" ("id", "key", "parentId", "sourceId", "nameJa", "nameEn", "position", "updatedAt")
     VALUES ('d-root', 'bench', NULL, 'src', 'ベンチ', 'Bench', 0, ${q.at(String(nowMs))});
     INSERT INTO "Deck" ("id", "key", "parentId", "sourceId", "nameJa", "nameEn", "position", "updatedAt")
     SELECT 'd' || i, 'bench.' || i, 'd-root', 'src', 'デッキ' || i, 'Deck ' || i, i, ${q.at(String(nowMs))} FROM ${q.series(SIZES.DECKS)};`,
  );

  await step(
    `${SIZES.FACTS.toLocaleString("en")} facts`,
    `INSERT INTO "Fact" ("id", "key", "sourceId", "deckId", "answerType", "answerValue", "questionJa", "questionEn", "statementJa", "statementEn",
       "answerTextJa", "answerTextEn", "passage", "locatorJa", "locatorEn", "paragraph", "position", "searchText", "updatedAt")
     SELECT 'f' || ${q.pad("i", 6)}, 'fact.' || i, 'src', 'd' || (i % ${SIZES.DECKS}), 'year', CAST(1990 + i % 35 AS TEXT),
       '事実' || i || 'は何年か。', 'In which year did event ' || i || ' happen?', '事実' || i || 'は' || (1990 + i % 35) || '年である。',
       'Event ' || i || ' happened in ' || (1990 + i % 35) || '.', (1990 + i % 35) || '年', CAST(1990 + i % 35 AS TEXT),
       '原文' || i, '第' || (i % 40) || '段落', 'Paragraph ' || (i % 40), i % 40, i, 'fact ' || i, ${q.at(String(nowMs))}
     FROM ${q.series(SIZES.FACTS)};`,
  );

  await step(
    `${SIZES.LEARNERS.toLocaleString("en")} learners`,
    `INSERT INTO "User" ("id", "uiLocale", "timeZone", "desiredRetention", "newCardsPerDay", "directions", "createdAt", "lastSeenAt")
     SELECT 'u' || ${q.pad("i", 5)}, CASE WHEN i % 2 = 0 THEN 'ja' ELSE 'en' END,
       CASE i % 3 WHEN 0 THEN 'Asia/Tokyo' WHEN 1 THEN 'UTC' ELSE 'America/New_York' END, 0.9, 20, '["ja-en","en-ja"]',
       ${q.at(String(nowMs - 800 * DAY))}, ${q.at(String(nowMs))}
     FROM ${q.series(SIZES.LEARNERS)};`,
  );

  // Card c: learner by ownerOf(c); fact (c·7 mod FACTS) so a learner's cards scatter over the base.
  // Mostly in Review with dues from a month ago to a month ahead; some new, learning, relearning; some leeches.
  const owner = `(CASE WHEN i < ${HEAVY_TOTAL} THEN i / ${SIZES.HEAVY_CARDS} ELSE ${SIZES.HEAVY} + (i - ${HEAVY_TOTAL}) / ${SIZES.LIGHT_CARDS} END)`;
  const state = `(CASE i % 20 WHEN 0 THEN 0 WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 3 THEN 3 ELSE 2 END)`;
  const reviewDue = `${nowMs} + ((i * 37) % 61 - 30) * ${DAY} + (i % 1440) * 60000`;
  const learningDue = `${nowMs} + ((i % 120) - 60) * 60000`;
  const newDue = `${nowMs - 800 * DAY} + i`;
  await step(
    `${SIZES.CARDS.toLocaleString("en")} cards`,
    `INSERT INTO "Card" ("id", "userId", "noteKey", "factId", "direction", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
       "learningSteps", "reps", "lapses", "state", "lastReview", "leech", "suspended", "createdAt")
     SELECT 'c' || ${q.pad("i", 6)}, 'u' || ${q.pad(owner, 5)}, 'fact:f' || ${q.pad(`(i * 7) % ${SIZES.FACTS}`, 6)}, 'f' || ${q.pad(`(i * 7) % ${SIZES.FACTS}`, 6)},
       CASE WHEN i % 2 = 0 THEN 'ja-en' ELSE 'en-ja' END,
       ${q.at(`CASE ${state} WHEN 0 THEN ${newDue} WHEN 2 THEN ${reviewDue} ELSE ${learningDue} END`)},
       CASE WHEN ${state} = 0 THEN 0 ELSE 1 + (i % 90) END,
       CASE WHEN ${state} = 0 THEN 0 ELSE 1.5 + (i % 8) END,
       CASE WHEN ${state} = 0 THEN 0 ELSE 1 + (i % 60) END,
       CASE WHEN ${state} = 2 THEN 1 + (i % 90) ELSE 0 END,
       0,
       CASE WHEN ${state} = 0 THEN 0 ELSE ${SIZES.LOGS_PER_CARD} END,
       CASE WHEN ${state} = 0 THEN 0 ELSE i % 11 END,
       ${state},
       CASE WHEN ${state} = 0 THEN NULL ELSE ${q.at(`${nowMs} - (1 + (i % 60)) * ${DAY}`)} END,
       CASE WHEN ${state} <> 0 AND i % 11 >= 8 THEN ${q.bool(true)} ELSE ${q.bool(false)} END,
       ${q.bool(false)},
       ${q.at(String(nowMs - 800 * DAY))}
     FROM ${q.series(SIZES.CARDS)};`,
  );

  // Log row r of card c (r = 0 … LOGS_PER_CARD-1): every 14 days back from today; the last one within the
  // last day. Generated in (learner, card, time) order so every index is appended to, not scattered.
  const total = SIZES.CARDS * SIZES.LOGS_PER_CARD;
  const batch = 1_000_000;
  for (let from = 0; from < total; from += batch) {
    const n = Math.min(batch, total - from);
    const g = `(i + ${from})`;
    const card = `(${g} / ${SIZES.LOGS_PER_CARD})`;
    const r = `(${g} % ${SIZES.LOGS_PER_CARD})`;
    const cardOwner = `(CASE WHEN ${card} < ${HEAVY_TOTAL} THEN ${card} / ${SIZES.HEAVY_CARDS} ELSE ${SIZES.HEAVY} + (${card} - ${HEAVY_TOTAL}) / ${SIZES.LIGHT_CARDS} END)`;
    const at = `${nowMs} - (${SIZES.LOGS_PER_CARD - 1} - ${r}) * 14 * ${DAY} - (${card} % 1440) * 60000 - 1000`;
    await step(
      `review log rows ${(from + n).toLocaleString("en")} / ${total.toLocaleString("en")}`,
      `INSERT INTO "ReviewLog" ("id", "requestId", "userId", "cardId", "kind", "rating", "state", "due", "stability", "difficulty", "elapsedDays",
         "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "previousCard")
       SELECT 'r' || ${q.pad(g, 7)}, 'q' || ${q.pad(g, 7)}, 'u' || ${q.pad(cardOwner, 5)}, 'c' || ${q.pad(card, 6)}, 'review',
         CASE WHEN ${g} % 10 = 0 THEN 1 WHEN ${g} % 10 = 1 THEN 2 WHEN ${g} % 10 = 9 THEN 4 ELSE 3 END,
         CASE WHEN ${r} = 0 THEN 0 ELSE 2 END, ${q.at(at)}, 1 + ${r}, 5, 14, 14, 14, 0, ${q.at(at)}, 6000, ''
       FROM ${q.series(n)};`,
    );
  }
}

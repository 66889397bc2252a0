// A learner's progress, computed from their cards and their review log with the pure statistics of
// app/_domain/srs/progress.ts (so a figure here always equals a recomputation from the log).
import type { Db } from "../prisma-client";
import { CARD_STATE, type CardState, type CardStateValue } from "../../_domain/srs/card-state";
import { addDays, dayKey, startOfDayKey, type DayKey } from "../../_domain/srs/learner-day";
import { retrievability } from "../../_domain/srs/scheduler";
import { deckTreeOrder } from "../../_domain/decks/deck-tree";
import {
  dueForecast,
  leeches as leechesOf,
  masteryByDeck,
  retention as retentionOf,
  reviewDayKeys,
  reviewsPerDay,
  streak as streakOf,
  weakest as weakestOf,
  type DayCount,
  type DeckMastery,
  type Retention,
} from "../../_domain/srs/progress";
import { countedReviews, type LoggedReview } from "../../_domain/srs/review-log";
import { TERM_DIRECTIONS, type CardDirection } from "../../_schemas/study";
import { userDirections, userTimeZone, type StudyUser } from "./study-user";
import { cardStateSelect } from "./card-select";
import { inChunks } from "../db-helpers/chunks";

/** Days in the heatmap: the last 52 weeks and today. */
export const HEATMAP_DAYS = 365;
export const FORECAST_DAYS = 30;
export const RETENTION_WINDOW_DAYS = 30;

export type CardLabel = {
  cardId: string;
  kind: "fact" | "term";
  key: string;
  ja: string;
  en: string;
  reading: string;
  direction: string;
  lapses: number;
  state: CardStateValue;
  /** Probability of recall now, 0..1 */
  retrievability: number;
};

export type QuizAttemptSummary = {
  id: string;
  createdAt: string;
  finishedAt: string | null;
  total: number;
  score: number;
  /** score / total, 0..1 */
  ratio: number;
};

export type DeckProgress = DeckMastery & { key: string; nameJa: string; nameEn: string; depth: number };

export type ProgressView = {
  today: DayKey;
  timeZone: string;
  /** Started cards due by the end of today (overdue included). */
  dueToday: number;
  overdue: number;
  /** New cards that today's limit still lets in (of the cards already made). */
  newToday: number;
  reviewedToday: number;
  streak: number;
  totalReviews: number;
  forecast: Array<DayCount & { overdue: number }>;
  heatmap: DayCount[];
  retention: Retention;
  cards: { total: number; new: number; learning: number; young: number; mastered: number };
  decks: DeckProgress[];
  weakest: CardLabel[];
  leeches: CardLabel[];
  quizzes: QuizAttemptSummary[];
};

type ProgressCard = CardState & { id: string; factId: string | null; termId: string | null; direction: string; leech: boolean };

const logSelect = { id: true, kind: true, rating: true, state: true, reviewedAt: true, undoesId: true } as const;

/** Consecutive review days up to today; reads further back than the heatmap only while the streak goes on. */
async function streakFrom(db: Db, userId: string, timeZone: string, recent: LoggedReview[], since: Date, today: DayKey): Promise<number> {
  let days = reviewDayKeys(recent, timeZone);
  let from = since;
  for (;;) {
    const n = streakOf(days, today);
    const last = days.has(today) ? today : addDays(today, -1);
    const first = addDays(last, -(n - 1));
    if (n === 0 || first > dayKey(from, timeZone)) return n;
    const earlier = new Date(from.getTime() - HEATMAP_DAYS * 86_400_000);
    const older = await db.reviewLog.findMany({ where: { userId, reviewedAt: { lt: from, gte: earlier } }, select: logSelect });
    if (older.length === 0) return n;
    // An undo may sit after the window it undoes: count only what the combined log still counts.
    days = reviewDayKeys([...older, ...recent], timeZone);
    recent = [...older, ...recent];
    from = earlier;
  }
}

async function labelsFor(db: Db, items: Array<{ card: ProgressCard; retrievability: number }>): Promise<CardLabel[]> {
  const factIds = [...new Set(items.map((i) => i.card.factId).filter((v): v is string => !!v))];
  const termIds = [...new Set(items.map((i) => i.card.termId).filter((v): v is string => !!v))];
  const [facts, terms] = await Promise.all([
    factIds.length ? db.fact.findMany({ where: { id: { in: factIds } }, select: { id: true, key: true, questionJa: true, questionEn: true } }) : [],
    termIds.length ? db.term.findMany({ where: { id: { in: termIds } }, select: { id: true, key: true, ja: true, en: true, readingJa: true } }) : [],
  ]);
  const factById = new Map(facts.map((f) => [f.id, f]));
  const termById = new Map(terms.map((t) => [t.id, t]));
  const out: CardLabel[] = [];
  for (const { card, retrievability } of items) {
    const base = { cardId: card.id, direction: card.direction, lapses: card.lapses, state: card.state, retrievability };
    const fact = card.factId ? factById.get(card.factId) : undefined;
    const term = card.termId ? termById.get(card.termId) : undefined;
    if (fact) out.push({ ...base, kind: "fact", key: fact.key, ja: fact.questionJa, en: fact.questionEn, reading: "" });
    else if (term) out.push({ ...base, kind: "term", key: term.key, ja: term.ja, en: term.en, reading: term.readingJa });
  }
  return out;
}

function ratioOf(score: number, total: number): number {
  return total > 0 ? Math.max(0, Math.min(1, score / total)) : 0;
}

/** Per deck, how many cards its facts and terms make in the enabled directions (made yet or not). */
async function potentialCardsPerDeck(db: Db, deckIds: string[], directions: CardDirection[]): Promise<Map<string, number>> {
  if (deckIds.length === 0) return new Map();
  const termDirections = directions.filter((d) => TERM_DIRECTIONS.includes(d)).length;
  const [facts, terms] = await Promise.all([
    db.fact.groupBy({ by: ["deckId"], where: { deckId: { in: deckIds } }, _count: { _all: true } }),
    db.term.groupBy({ by: ["deckId"], where: { deckId: { in: deckIds } }, _count: { _all: true } }),
  ]);
  const out = new Map<string, number>();
  for (const f of facts) out.set(f.deckId, (out.get(f.deckId) ?? 0) + f._count._all * directions.length);
  for (const t of terms) out.set(t.deckId, (out.get(t.deckId) ?? 0) + t._count._all * termDirections);
  return out;
}

export async function getProgress(db: Db, user: StudyUser, now = new Date()): Promise<ProgressView> {
  const timeZone = userTimeZone(user);
  const today = dayKey(now, timeZone);
  const firstDay = addDays(today, -(HEATMAP_DAYS - 1));
  const since = startOfDayKey(firstDay, timeZone);
  const directions = userDirections(user) as CardDirection[];

  const [logs, cardRows, reviewCount, undoCount, attempts, decks] = await Promise.all([
    db.reviewLog.findMany({ where: { userId: user.id, reviewedAt: { gte: since } }, select: logSelect }),
    db.card.findMany({
      where: { userId: user.id, suspended: false, direction: { in: directions } },
      select: {
        id: true,
        factId: true,
        termId: true,
        direction: true,
        ...cardStateSelect,
      },
    }),
    db.reviewLog.count({ where: { userId: user.id, kind: { not: "undo" } } }),
    db.reviewLog.count({ where: { userId: user.id, kind: "undo" } }),
    db.quizAttempt.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, createdAt: true, finishedAt: true, total: true, score: true },
    }),
    db.deck.findMany({ select: { id: true, key: true, parentId: true, nameJa: true, nameEn: true }, orderBy: [{ position: "asc" }, { key: "asc" }] }),
  ]);
  const cards: ProgressCard[] = cardRows.map((c) => ({ ...c, state: c.state as CardStateValue }));

  // Cards know their fact or term; the deck comes from there.
  const factIds = [...new Set(cards.map((c) => c.factId).filter((v): v is string => !!v))];
  const termIds = [...new Set(cards.map((c) => c.termId).filter((v): v is string => !!v))];
  const [factDecks, termDecks] = await Promise.all([
    inChunks(factIds, (part) => db.fact.findMany({ where: { id: { in: part } }, select: { id: true, deckId: true } })),
    inChunks(termIds, (part) => db.term.findMany({ where: { id: { in: part } }, select: { id: true, deckId: true } })),
  ]);
  const deckOf = new Map<string, string>([...factDecks.map((f) => [`f:${f.id}`, f.deckId] as const), ...termDecks.map((t) => [`t:${t.id}`, t.deckId] as const)]);
  const withDeck = cards.flatMap((c) => {
    const deckId = deckOf.get(c.factId ? `f:${c.factId}` : `t:${c.termId}`);
    return deckId ? [{ ...c, deckId }] : [];
  });

  // Cards are made as notes are introduced, so a deck's made cards are only part of it: its total is
  // every card it will have in the enabled directions, and the ones not made yet count as new.
  const studied = masteryByDeck(withDeck);
  const potential = await potentialCardsPerDeck(db, studied.map((m) => m.deckId), directions);
  const mastery = new Map(
    studied.map((m) => {
      const total = Math.max(m.total, potential.get(m.deckId) ?? 0);
      return [m.deckId, { ...m, total, new: m.new + (total - m.total), mastery: total ? m.mastered / total : 0 }];
    }),
  );
  const deckProgress: DeckProgress[] = deckTreeOrder(decks)
    .filter(({ deck }) => mastery.has(deck.id))
    .map(({ deck, depth }) => ({ ...mastery.get(deck.id)!, key: deck.key, nameJa: deck.nameJa, nameEn: deck.nameEn, depth }));

  const forecast = dueForecast(cards, now, timeZone, FORECAST_DAYS);
  const todayLogs = countedReviews(logs).filter((l) => dayKey(l.reviewedAt, timeZone) === today);
  const newIntroduced = todayLogs.filter((l) => l.state === CARD_STATE.New).length;
  const all = [...mastery.values()].reduce(
    (sum, m) => ({ total: sum.total + m.total, new: sum.new + m.new, learning: sum.learning + m.learning, young: sum.young + m.young, mastered: sum.mastered + m.mastered }),
    { total: 0, new: 0, learning: 0, young: 0, mastered: 0 },
  );
  const newCards = all.new;

  const ranked = weakestOf(cards, now, 10, user.desiredRetention);
  const leechCards = leechesOf(cards.filter((c) => c.state !== CARD_STATE.New)).slice(0, 50);
  const [weakest, leeches] = await Promise.all([
    labelsFor(db, ranked),
    labelsFor(
      db,
      leechCards.map((card) => ({ card, retrievability: retrievability(card, now) })),
    ),
  ]);

  return {
    today,
    timeZone,
    dueToday: forecast[0]?.count ?? 0,
    overdue: forecast[0]?.overdue ?? 0,
    newToday: Math.min(newCards, Math.max(0, user.newCardsPerDay - newIntroduced)),
    reviewedToday: todayLogs.length,
    streak: await streakFrom(db, user.id, timeZone, logs, since, today),
    totalReviews: reviewCount - undoCount,
    forecast,
    heatmap: reviewsPerDay(logs, timeZone, since, now),
    retention: retentionOf(logs, user.desiredRetention, now, RETENTION_WINDOW_DAYS),
    cards: all,
    decks: deckProgress,
    weakest,
    leeches,
    quizzes: attempts.map((a) => ({
      id: a.id,
      createdAt: a.createdAt.toISOString(),
      finishedAt: a.finishedAt?.toISOString() ?? null,
      total: a.total,
      score: a.score,
      ratio: ratioOf(a.score, a.total),
    })),
  };
}

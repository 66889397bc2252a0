import { newCardState, type CardState } from "@/app/_domain/srs/card-state";
import { buildDailyQueue, type QueueCard, type ReviewedToday } from "@/app/_domain/srs/daily-queue";

const NOW = new Date("2025-05-10T03:00:00Z"); // 12:00 in Tokyo; the learner day ends 2025-05-10T19:00Z
const TZ = "Asia/Tokyo";
const min = (m: number) => new Date(NOW.getTime() + m * 60_000);

function card(id: string, noteKey: string, state: CardState["state"], due: Date, extra: Partial<QueueCard> = {}): QueueCard {
  return { ...newCardState(due), state, id, noteKey, ...extra };
}
const fresh = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => card(`new${i + from}`, `fact:n${i + from}`, 0, min(-1000)));

function queue(opts: {
  due?: QueueCard[];
  news?: QueueCard[];
  reviewedToday?: ReviewedToday[];
  newCardsPerDay?: number;
}) {
  return buildDailyQueue({
    dueCards: opts.due ?? [],
    newCards: opts.news ?? [],
    reviewedToday: opts.reviewedToday ?? [],
    newCardsPerDay: opts.newCardsPerDay ?? 20,
    now: NOW,
    timeZone: TZ,
  });
}

test("order: learning due now, then reviews by due date, then new cards", () => {
  const q = queue({
    due: [
      card("rev-late", "fact:a", 2, min(-60)),
      card("learn-2", "fact:b", 3, min(-1)),
      card("rev-old", "fact:c", 2, min(-3 * 1440)),
      card("learn-1", "fact:d", 1, min(-5)),
      card("rev-tonight", "fact:e", 2, min(6 * 60)), // later but still this learner day
    ],
    news: fresh(2),
  });
  expect(q.cards.map((c) => c.id)).toEqual(["learn-1", "learn-2", "rev-old", "rev-late", "rev-tonight", "new0", "new1"]);
  expect(q.counts).toEqual({ learning: 2, review: 3, new: 2 });
});

test("learning steps due later and reviews due tomorrow wait", () => {
  const q = queue({
    due: [
      card("learn-later", "fact:a", 1, min(8)),
      card("rev-tomorrow", "fact:b", 2, new Date("2025-05-10T19:00:00Z")),
      card("learn-tomorrow", "fact:c", 3, new Date("2025-05-11T01:00:00Z")),
    ],
  });
  expect(q.cards).toEqual([]);
  expect(q.nextLearningDue).toEqual(min(8));
});

test("new limit counts new cards already introduced today", () => {
  const reviewedToday = [
    ...Array.from({ length: 3 }, (_, i) => ({ noteKey: `fact:old${i}`, wasNew: true })),
    { noteKey: "fact:x", wasNew: false },
    { noteKey: "fact:x", wasNew: false },
  ];
  const q = queue({ news: fresh(10), reviewedToday, newCardsPerDay: 5 });
  expect(q.newRemainingToday).toBe(2);
  expect(q.counts.new).toBe(2);
  expect(q.cards.map((c) => c.id)).toEqual(["new0", "new1"]);
  expect(queue({ news: fresh(10), reviewedToday, newCardsPerDay: 3 }).cards).toEqual([]);
  expect(queue({ news: fresh(10), reviewedToday, newCardsPerDay: 0 }).newRemainingToday).toBe(0);
});

describe("siblings are never shown on the same learner day", () => {
  test("a sibling reviewed today buries the review and the new card of the same fact", () => {
    const q = queue({
      due: [card("fact1-ja-en", "fact:1", 2, min(-60)), card("fact2-ja-en", "fact:2", 2, min(-60))],
      news: [card("fact3-en-ja", "fact:3", 0, min(-9)), card("fact4-en-ja", "fact:4", 0, min(-9))],
      reviewedToday: [{ noteKey: "fact:1", wasNew: false }, { noteKey: "fact:3", wasNew: true }],
    });
    expect(q.cards.map((c) => c.id)).toEqual(["fact2-ja-en", "fact4-en-ja"]);
  });

  test("only the first of two siblings in the queue is shown, and the buried one does not use up the limit", () => {
    const q = queue({
      due: [card("r-ja-en", "fact:1", 2, min(-100)), card("r-en-ja", "fact:1", 2, min(-50))],
      news: [
        card("n-ja-en", "fact:2", 0, min(-9)),
        card("n-en-ja", "fact:2", 0, min(-9)),
        card("m-ja-en", "fact:3", 0, min(-9)),
        card("learnsib", "fact:L", 0, min(-9)),
      ],
      newCardsPerDay: 2,
    });
    expect(q.cards.map((c) => c.id)).toEqual(["r-ja-en", "n-ja-en", "m-ja-en"]);
    expect(new Set(q.cards.map((c) => c.noteKey)).size).toBe(q.cards.length);
  });

  test("a card in learning keeps its steps but buries its siblings", () => {
    const q = queue({
      due: [card("learning", "fact:1", 1, min(-2)), card("sibling-review", "fact:1", 2, min(-600))],
      news: [card("sibling-new", "fact:1", 0, min(-9))],
      reviewedToday: [{ noteKey: "fact:1", wasNew: true }],
    });
    expect(q.cards.map((c) => c.id)).toEqual(["learning"]);
  });
});

test("suspended cards and non-new cards passed as new are left out", () => {
  const q = queue({
    due: [card("s", "fact:1", 2, min(-60), { suspended: true })],
    news: [card("n", "fact:2", 0, min(-1), { suspended: true }), card("r", "fact:3", 2, min(-1))],
  });
  expect(q.cards).toEqual([]);
});

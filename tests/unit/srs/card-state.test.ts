import { createEmptyCard } from "ts-fsrs";
import {
  fromFsrsCard,
  isLeech,
  LEECH_LAPSES,
  newCardState,
  parseCardState,
  pickCardState,
  serializeCardState,
  toFsrsCard,
  type CardState,
} from "@/app/_domain/srs/card-state";
import { createScheduler } from "@/app/_domain/srs/scheduler";

const NOW = new Date("2025-03-01T10:00:00Z");

test("a new card is ts-fsrs's empty card in row shape", () => {
  expect(newCardState(NOW)).toEqual({
    due: NOW,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    lastReview: null,
  });
  expect(toFsrsCard(newCardState(NOW))).toEqual(createEmptyCard(NOW));
});

test("row ⇄ ts-fsrs ⇄ JSON snapshot round-trips, and extra Prisma columns are dropped", () => {
  const row: CardState & { id: string; leech: boolean } = {
    id: "c1",
    leech: false,
    due: new Date("2025-03-09T10:00:00Z"),
    stability: 8.123456789,
    difficulty: 5.5,
    elapsedDays: 3,
    scheduledDays: 8,
    learningSteps: 0,
    reps: 4,
    lapses: 1,
    state: 2,
    lastReview: new Date("2025-03-01T10:00:00Z"),
  };
  const plain = pickCardState(row);
  expect(plain).not.toHaveProperty("id");
  expect(fromFsrsCard(toFsrsCard(plain))).toEqual(plain);
  expect(parseCardState(serializeCardState(row))).toEqual(plain);
  expect(parseCardState("")).toBeNull();
});

test("leech at 8 lapses, not before", () => {
  expect(LEECH_LAPSES).toBe(8);
  expect(isLeech({ lapses: 7 })).toBe(false);
  expect(isLeech({ lapses: 8 })).toBe(true);
});

test("a card forgotten 8 times by the scheduler becomes a leech", () => {
  const s = createScheduler({ enableFuzz: false });
  let card = newCardState(NOW);
  let now = NOW;
  const lapsesSeen: boolean[] = [];
  while (card.lapses < LEECH_LAPSES) {
    // Good until it graduates to Review, then Again: each Again from Review is one lapse.
    const rating = card.state === 2 ? 1 : 3;
    card = s.scheduleReview(card, rating, now).card;
    now = new Date(card.due.getTime() + 60_000);
    lapsesSeen.push(isLeech(card));
  }
  expect(card.lapses).toBe(8);
  expect(isLeech(card)).toBe(true);
  expect(lapsesSeen.filter(Boolean)).toHaveLength(1);
});

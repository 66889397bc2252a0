import { describeEachDatabase } from "../support/test-database";
import { seedDefaultDeck } from "@/app/_data/seed-default-deck";
import { ensureCards, introduceNotes } from "@/app/_data/study/ensure-cards";
import { computeStudyQueue, getStudyQueue } from "@/app/_data/study/queue";
import { storeReview } from "@/app/_data/study/review";
import { getProgress } from "@/app/_data/study/progress";
import { exportUserData } from "@/app/_data/user-data";
import { resolveDeckScope } from "@/app/_data/study/deck-scope";
import { loadCardContent } from "@/app/_data/study/card-content";
import { listTerms } from "@/app/_data/facts/glossary";
import { newLearner, scopeOf } from "./study-support";

const NOW = new Date("2025-03-03T09:00:00Z");

describeEachDatabase("study cards are made per learner, deck and direction", (db) => {
  let counts: { facts: number; terms: number; decks: number };
  beforeAll(async () => {
    await seedDefaultDeck(db.prisma);
    counts = { facts: await db.prisma.fact.count(), terms: await db.prisma.term.count(), decks: await db.prisma.deck.count() };
  }, 120_000);

  test("a guest has no cards until they study", async () => {
    const learner = await newLearner(db.prisma);
    expect(await db.prisma.card.count({ where: { userId: learner.id } })).toBe(0);
  });

  test("a first session makes cards only for the notes it introduces: today's new-card limit, not the deck", async () => {
    const learner = await newLearner(db.prisma, { newCardsPerDay: 5 });
    const scope = await scopeOf(db.prisma);
    expect((await ensureCards(db.prisma, learner, scope, NOW)).created).toBe(0);
    // The study page's figures count the notes still to introduce, and make no card.
    expect((await computeStudyQueue(db.prisma, learner, scope, NOW, false)).counts.new).toBe(5);
    expect(await db.prisma.card.count({ where: { userId: learner.id } })).toBe(0);
    const view = await getStudyQueue(db.prisma, learner, scope, { now: NOW });
    expect(view.counts.new).toBe(5);
    const cards = await db.prisma.card.findMany({ where: { userId: learner.id } });
    // Five notes, each in ja→en and en→ja (a note's second direction comes on a later day, as a sibling).
    expect(new Set(cards.map((c) => c.noteKey)).size).toBe(5);
    expect(cards).toHaveLength(10);
    expect(new Set(cards.map((c) => c.direction))).toEqual(new Set(["ja-en", "en-ja"]));
    expect(cards.every((c) => c.state === 0 && c.reps === 0 && c.lastReview === null)).toBe(true);
    for (const c of cards) expect(c.noteKey).toBe(c.factId ? `fact:${c.factId}` : `term:${c.termId}`);
    // Asking again makes nothing more.
    await getStudyQueue(db.prisma, learner, scope, { now: NOW });
    expect(await db.prisma.card.count({ where: { userId: learner.id } })).toBe(10);
  });

  test("studying three cards stores those notes' cards, not the deck's; progress and the data export agree", async () => {
    const learner = await newLearner(db.prisma, { newCardsPerDay: 3 });
    const scope = await scopeOf(db.prisma);
    let at = NOW.getTime();
    for (let i = 0; i < 3; i++) {
      const view = await getStudyQueue(db.prisma, learner, scope, { now: new Date(at) });
      const result = await storeReview(db.prisma, learner, { cardId: view.card!.id, rating: 4, requestId: `req-three-${i}-abcdef`, durationMs: 1000 }, new Date((at += 10_000)));
      expect(result.ok).toBe(true);
    }
    const after = await getStudyQueue(db.prisma, learner, scope, { now: new Date(at) });
    expect(after.counts.new).toBe(0); // the day's limit is used up: nothing more is introduced
    const stored = await db.prisma.card.count({ where: { userId: learner.id } });
    expect(stored).toBe(6);
    expect(stored).toBeLessThan(2 * (counts.facts + counts.terms));

    const progress = await getProgress(db.prisma, learner, new Date(at));
    // Mastery and totals count every card the studied decks will have, not only those made so far.
    const started = progress.cards.total - progress.cards.new;
    expect(started).toBe(3);
    expect(progress.cards.total).toBeGreaterThan(stored);
    expect(progress.decks.reduce((sum, d) => sum + d.total, 0)).toBe(progress.cards.total);
    for (const deck of progress.decks) {
      expect(deck.new + deck.learning + deck.young + deck.mastered).toBe(deck.total);
      const [facts, terms] = await Promise.all([
        db.prisma.fact.count({ where: { deck: { key: deck.key } } }),
        db.prisma.term.count({ where: { deck: { key: deck.key } } }),
      ]);
      expect(deck.total).toBe(2 * (facts + terms));
    }
    expect(progress.newToday).toBe(0);

    const exported = (await exportUserData(db.prisma, learner.id))!;
    expect(exported.cards).toHaveLength(stored);
    expect(exported.reviews.length).toBe(3);
  });

  test("same-language directions are made for facts only; one deck includes its sub-decks only", async () => {
    const learner = await newLearner(db.prisma, { directions: ["ja-ja", "en-en", "ja-en"], newCardsPerDay: 1000 });
    const deck = await db.prisma.deck.findFirstOrThrow({ where: { parentId: { not: null } }, orderBy: { position: "asc" } });
    const scope = await scopeOf(db.prisma, [deck.key]);
    expect(scope.all).toBe(false);
    await getStudyQueue(db.prisma, learner, scope, { now: NOW });
    const facts = await db.prisma.fact.count({ where: { deckId: deck.id } });
    const terms = await db.prisma.term.count({ where: { deckId: deck.id } });
    const cards = await db.prisma.card.findMany({ where: { userId: learner.id }, select: { direction: true, factId: true, termId: true } });
    expect(cards.filter((c) => c.factId)).toHaveLength(3 * facts);
    expect(cards.filter((c) => c.termId)).toHaveLength(terms);
    expect(cards.filter((c) => c.termId).every((c) => c.direction === "ja-en")).toBe(true);
  });

  test("new cards are introduced in source order, a note's directions side by side", async () => {
    const learner = await newLearner(db.prisma);
    expect(await introduceNotes(db.prisma, learner, await scopeOf(db.prisma), 4, NOW)).toBe(4);
    const cards = await db.prisma.card.findMany({ where: { userId: learner.id }, orderBy: { due: "asc" }, select: { noteKey: true, due: true } });
    expect(cards).toHaveLength(8);
    expect(new Set(cards.map((c) => c.due.getTime())).size).toBe(cards.length);
    expect(cards[0].noteKey).toBe(cards[1].noteKey);
    expect(cards[2].noteKey).not.toBe(cards[1].noteKey);
    // The next ones come after, with no note introduced twice.
    expect(await introduceNotes(db.prisma, learner, await scopeOf(db.prisma), 2, new Date(NOW.getTime() + 1000))).toBe(2);
    const again = await db.prisma.card.findMany({ where: { userId: learner.id }, select: { noteKey: true } });
    expect(new Set(again.map((c) => c.noteKey)).size).toBe(6);
  });

  test("a term card shows furigana on its Japanese side, in both directions", async () => {
    const term = await db.prisma.term.findFirstOrThrow({ where: { readingJa: { not: "" } } });
    const jaEn = await loadCardContent(db.prisma, { factId: null, termId: term.id, direction: "ja-en" });
    const enJa = await loadCardContent(db.prisma, { factId: null, termId: term.id, direction: "en-ja" });
    expect(jaEn).toMatchObject({ kind: "term", front: { text: term.ja, lang: "ja", reading: term.readingJa }, answer: { text: term.en, lang: "en" } });
    expect(enJa).toMatchObject({ front: { text: term.en, lang: "en" }, answer: { text: term.ja, lang: "ja", reading: term.readingJa }, detail: { text: term.definitionJa, lang: "ja" } });
    expect(await loadCardContent(db.prisma, { factId: "gone", termId: null, direction: "ja-en" })).toBeNull();
    // The same key, deck and citation as the term's glossary entry.
    const deck = await db.prisma.deck.findUniqueOrThrow({ where: { id: term.deckId } });
    const entry = (await listTerms(db.prisma, { deck: deck.key })).find((t) => t.key === term.key)!;
    expect(jaEn).toMatchObject({ key: term.key, deckNameJa: deck.nameJa, deckNameEn: deck.nameEn });
    expect(jaEn!.citation).toEqual(entry.citation);
    expect(await loadCardContent(db.prisma, { factId: null, termId: "gone", direction: "ja-en" })).toBeNull();
  });

  test("enabling a direction later adds only the missing cards, for the notes already introduced", async () => {
    const learner = await newLearner(db.prisma, { directions: ["ja-en"] });
    const scope = await scopeOf(db.prisma);
    expect(await introduceNotes(db.prisma, learner, scope, 6, NOW)).toBe(6);
    const introducedFacts = await db.prisma.card.count({ where: { userId: learner.id, factId: { not: null } } });
    const updated = await db.prisma.user.update({ where: { id: learner.id }, data: { directions: JSON.stringify(["ja-en", "en-en"]) }, select: { id: true, directions: true } });
    expect((await ensureCards(db.prisma, updated, scope, NOW)).created).toBe(introducedFacts);
    expect((await ensureCards(db.prisma, updated, scope, NOW)).created).toBe(0);
  });

  test("two queue reads at once do not make a card twice", async () => {
    const learner = await newLearner(db.prisma, { newCardsPerDay: 4 });
    const scope = await scopeOf(db.prisma);
    await Promise.all([getStudyQueue(db.prisma, learner, scope, { now: NOW }), getStudyQueue(db.prisma, learner, scope, { now: NOW })]);
    const cards = await db.prisma.card.findMany({ where: { userId: learner.id }, select: { noteKey: true, direction: true } });
    expect(new Set(cards.map((c) => `${c.noteKey}|${c.direction}`)).size).toBe(cards.length);
    expect(new Set(cards.map((c) => c.noteKey)).size).toBeLessThanOrEqual(8);
  });

  test("unknown deck keys resolve to nothing; the root deck means everything", async () => {
    expect(await resolveDeckScope(db.prisma, ["no-such-deck"])).toBeNull();
    const root = await db.prisma.deck.findFirstOrThrow({ where: { parentId: null } });
    if (counts.decks > 0 && (await db.prisma.deck.count({ where: { parentId: null } })) === 1) {
      expect((await resolveDeckScope(db.prisma, [root.key]))?.all).toBe(true);
    }
  });
});

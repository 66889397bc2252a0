import { describeEachDatabase } from "../support/test-database";
import { seedDefaultDeck } from "@/app/_data/seed-default-deck";
import { ensureCards } from "@/app/_data/study/ensure-cards";
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

  test("all decks, default directions: every fact and term in ja→en and en→ja, once", async () => {
    const learner = await newLearner(db.prisma);
    const scope = await scopeOf(db.prisma);
    expect((await ensureCards(db.prisma, learner, scope, NOW)).created).toBe(2 * (counts.facts + counts.terms));
    expect((await ensureCards(db.prisma, learner, scope, NOW)).created).toBe(0);
    const cards = await db.prisma.card.findMany({ where: { userId: learner.id } });
    expect(cards).toHaveLength(2 * (counts.facts + counts.terms));
    expect(new Set(cards.map((c) => c.direction))).toEqual(new Set(["ja-en", "en-ja"]));
    expect(cards.every((c) => c.state === 0 && c.reps === 0 && c.lastReview === null)).toBe(true);
    for (const c of cards) expect(c.noteKey).toBe(c.factId ? `fact:${c.factId}` : `term:${c.termId}`);
  });

  test("same-language directions are made for facts only; one deck includes its sub-decks only", async () => {
    const learner = await newLearner(db.prisma, { directions: ["ja-ja", "en-en", "ja-en"] });
    const deck = await db.prisma.deck.findFirstOrThrow({ where: { parentId: { not: null } }, orderBy: { position: "asc" } });
    const scope = await scopeOf(db.prisma, [deck.key]);
    expect(scope.all).toBe(false);
    await ensureCards(db.prisma, learner, scope, NOW);
    const facts = await db.prisma.fact.count({ where: { deckId: deck.id } });
    const terms = await db.prisma.term.count({ where: { deckId: deck.id } });
    const cards = await db.prisma.card.findMany({ where: { userId: learner.id }, select: { direction: true, factId: true, termId: true } });
    expect(cards.filter((c) => c.factId)).toHaveLength(3 * facts);
    expect(cards.filter((c) => c.termId)).toHaveLength(terms);
    expect(cards.filter((c) => c.termId).every((c) => c.direction === "ja-en")).toBe(true);
  });

  test("new cards are introduced in source order, a note's directions side by side", async () => {
    const learner = await newLearner(db.prisma);
    await ensureCards(db.prisma, learner, await scopeOf(db.prisma), NOW);
    const cards = await db.prisma.card.findMany({ where: { userId: learner.id }, orderBy: { due: "asc" }, select: { noteKey: true, due: true } });
    expect(new Set(cards.map((c) => c.due.getTime())).size).toBe(cards.length);
    expect(cards[0].noteKey).toBe(cards[1].noteKey);
    expect(cards[2].noteKey).not.toBe(cards[1].noteKey);
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

  test("enabling a direction later adds only the missing cards", async () => {
    const learner = await newLearner(db.prisma, { directions: ["ja-en"] });
    const scope = await scopeOf(db.prisma);
    expect((await ensureCards(db.prisma, learner, scope, NOW)).created).toBe(counts.facts + counts.terms);
    const updated = await db.prisma.user.update({ where: { id: learner.id }, data: { directions: JSON.stringify(["ja-en", "en-en"]) }, select: { id: true, directions: true } });
    expect((await ensureCards(db.prisma, updated, scope, NOW)).created).toBe(counts.facts);
  });

  test("two starts at once do not make a card twice", async () => {
    const learner = await newLearner(db.prisma);
    const scope = await scopeOf(db.prisma);
    await Promise.all([ensureCards(db.prisma, learner, scope, NOW), ensureCards(db.prisma, learner, scope, NOW)]);
    expect(await db.prisma.card.count({ where: { userId: learner.id } })).toBe(2 * (counts.facts + counts.terms));
  });

  test("unknown deck keys resolve to nothing; the root deck means everything", async () => {
    expect(await resolveDeckScope(db.prisma, ["no-such-deck"])).toBeNull();
    const root = await db.prisma.deck.findFirstOrThrow({ where: { parentId: null } });
    if (counts.decks > 0 && (await db.prisma.deck.count({ where: { parentId: null } })) === 1) {
      expect((await resolveDeckScope(db.prisma, [root.key]))?.all).toBe(true);
    }
  });
});

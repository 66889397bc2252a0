// Fixtures for the account integration tests: learners with a little of everything stored about them.
import { randomUUID } from "node:crypto";
import type { Db } from "@/app/_data/prisma-client";
import { createGuest } from "@/app/_data/auth/user-store";

export async function newGuest(db: Db) {
  const { user, ...session } = await createGuest(db, { timeZone: "Asia/Tokyo" });
  return { learner: user, ...session };
}

/** The fact or term a note key ("fact:<id>", "term:<id>") names, made when missing (cards need their content). */
async function ensureNote(db: Db, noteKey: string): Promise<{ factId: string | null; termId: string | null }> {
  const [kind, id] = [noteKey.slice(0, 4), noteKey.slice(5)];
  const source = await db.source.upsert({
    where: { key: "account-fixture" },
    update: {},
    create: { key: "account-fixture", titleJa: "題", titleEn: "Title", publisherJa: "発行", publisherEn: "Publisher", publishedOn: "2024-01-01", authorJa: "著者", authorEn: "Author" },
  });
  const deck = await db.deck.upsert({ where: { key: "account-fixture" }, update: {}, create: { key: "account-fixture", nameJa: "デッキ", nameEn: "Deck", sourceId: source.id } });
  const content = { sourceId: source.id, deckId: deck.id, passage: "原文", locatorJa: "第1段落", locatorEn: "Paragraph 1" };
  if (kind === "term") {
    await db.term.upsert({ where: { id }, update: {}, create: { id, key: `term-${id}`, ja: "用語", en: "term", definitionJa: "定義", definitionEn: "Definition", ...content } });
    return { factId: null, termId: id };
  }
  await db.fact.upsert({
    where: { id },
    update: {},
    create: {
      id, key: `fact-${id}`, answerType: "year", answerValue: "2010", questionJa: "問", questionEn: "Question", statementJa: "2010年",
      statementEn: "2010", answerTextJa: "2010年", answerTextEn: "2010", ...content,
    },
  });
  return { factId: id, termId: null };
}

/** Two cards (one reviewed twice), a finished quiz attempt with answers and an unfinished one. */
export async function addStudyData(db: Db, userId: string, notes: string[] = ["fact:a", "fact:b"]) {
  const at = new Date("2025-01-10T10:00:00Z");
  const cards = [];
  for (const noteKey of notes) {
    cards.push(await db.card.create({ data: { userId, noteKey, ...(await ensureNote(db, noteKey)), direction: "ja-en", due: at } }));
  }
  const reviews = [];
  for (const [i, card] of [cards[0], cards[0]].entries()) {
    reviews.push(
      await db.reviewLog.create({
        data: {
          requestId: randomUUID(),
          userId,
          cardId: card.id,
          rating: 3,
          state: i === 0 ? 0 : 1,
          due: at,
          stability: 1,
          difficulty: 5,
          elapsedDays: 0,
          lastElapsedDays: 0,
          scheduledDays: 1,
          learningSteps: 0,
          reviewedAt: new Date(at.getTime() + i * 60_000),
          previousCard: JSON.stringify({ state: i }),
        },
      }),
    );
  }
  const finished = await db.quizAttempt.create({
    data: {
      userId,
      config: JSON.stringify({ count: 2 }),
      seed: "seed-1",
      questions: JSON.stringify([{ answer: "2010" }, { answer: "Jakarta" }]),
      total: 2,
      score: 1,
      finishedAt: at,
      answers: {
        create: [
          { position: 0, response: JSON.stringify({ text: "2010" }), verdict: "correct", score: 1 },
          { position: 1, response: JSON.stringify({ text: "Tokyo" }), verdict: "wrong", score: 0 },
        ],
      },
    },
  });
  const unfinished = await db.quizAttempt.create({
    data: { userId, config: "{}", seed: "seed-2", questions: JSON.stringify([{ answer: "SECRET-KEY" }]), total: 1 },
  });
  return { cards, reviews, attempts: [finished, unfinished] };
}

export async function countsOf(db: Db, userId: string) {
  const [users, sessions, cards, reviews, attempts, answers] = await Promise.all([
    db.user.count({ where: { id: userId } }),
    db.authSession.count({ where: { userId } }),
    db.card.count({ where: { userId } }),
    db.reviewLog.count({ where: { userId } }),
    db.quizAttempt.count({ where: { userId } }),
    db.quizAnswer.count({ where: { attempt: { userId } } }),
  ]);
  return { users, sessions, cards, reviews, attempts, answers };
}

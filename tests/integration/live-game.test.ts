// A live game on real databases: creation from a saved quiz, joining (nickname races, removed seats,
// late join), one answer per player and question under concurrent duplicates, late answers refused,
// the leaderboard equal to a recomputation from LiveAnswer, no answer key in a player's view before
// the reveal, and a game that resumes from the database alone.
import { describeEachDatabase } from "../support/test-database";
import { seedDefaultDeck } from "@/app/_data/seed-default-deck";
import { createGuest } from "@/app/_data/auth/user-store";
import { createGame } from "@/app/_data/live/create-game";
import { joinGame } from "@/app/_data/live/join-game";
import { runCommand } from "@/app/_data/live/host-command";
import { submitLiveAnswer } from "@/app/_data/live/submit-answer";
import { loadSnapshot, playerView } from "@/app/_data/live/game-views";
import { readGame } from "@/app/_data/live/game-store";
import { newSeatToken } from "@/app/_data/live/seat";
import { feedFlashcards, RATING_OF } from "@/app/_data/live/feed-flashcards";
import { computeLeaderboard } from "@/app/_domain/live/leaderboard";
import { ANSWER_GRACE_MS } from "@/app/_domain/live/answer-deadline";
import type { QuizConfig } from "@/app/_domain/quiz/types";
import { correctResponse, KEY_FIELD_NAMES, secretsOf, wrongResponse } from "./quiz-support";

const quizConfig: QuizConfig = { deckKeys: "all", tags: [], count: 5, types: ["multiple_choice", "true_false", "cloze", "ordering"], direction: "ja-en", seed: "live" };

describeEachDatabase("live games", (db) => {
  beforeAll(async () => {
    await seedDefaultDeck(db.prisma);
  }, 120_000);

  let counter = 0;
  async function newGame(settings = { timerSeconds: 20 as number | null, speedScoring: true, lateJoin: true }) {
    const host = (await createGuest(db.prisma)).user;
    await db.prisma.user.update({ where: { id: host.id }, data: { role: "teacher" } });
    const quiz = await db.prisma.quiz.create({ data: { ownerId: host.id, title: "ADMM-Plus", config: JSON.stringify(quizConfig) } });
    const made = await createGame(db.prisma, host.id, { quizId: quiz.id, settings, hostLocale: "en", seed: `seed-${counter++}` });
    if (!made.ok) throw new Error(made.error);
    return { hostId: host.id, ...made };
  }
  const join = (joinCode: string, nickname: string, lang: "ja" | "en" = "ja", seatToken = newSeatToken()) =>
    joinGame(db.prisma, { joinCode, nickname, lang, seatToken, userId: null });
  async function seat(joinCode: string, nickname: string, lang: "ja" | "en" = "ja") {
    const outcome = await join(joinCode, nickname, lang);
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.playerId;
  }

  test("a game is made from the teacher's quiz with questions in both languages; another teacher's quiz is not found", async () => {
    const game = await newGame();
    expect(game.joinCode).toMatch(/^[1-9]\d{5}$/);
    const stored = await readGame(db.prisma, game.sessionId);
    expect(stored!.questions).toHaveLength(5);
    for (const q of stored!.questions) expect(q.versions.ja.public.id).toBe(q.versions.en.public.id);
    const other = (await createGuest(db.prisma)).user;
    const quiz = await db.prisma.quiz.findFirstOrThrow({ where: { ownerId: game.hostId } });
    expect(await createGame(db.prisma, other.id, { quizId: quiz.id, settings: { timerSeconds: null, speedScoring: false, lateJoin: false }, hostLocale: "ja", seed: "x" })).toEqual({ ok: false, error: "notFound" });
  });

  test("nicknames are unique ignoring case and width, even when two players race for one", async () => {
    const game = await newGame();
    const results = await Promise.all([join(game.joinCode, "Ann"), join(game.joinCode, "ＡＮＮ"), join(game.joinCode, "ann ")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual(["nicknameTaken", "nicknameTaken"]);
    expect(await join(game.joinCode, "\u202eevil")).toEqual({ ok: false, error: "nicknameInvalid" });
    expect(await join("999999", "Bob")).toEqual({ ok: false, error: "unknownCode" });
  });

  test("a returning seat keeps its player; a removed seat cannot come back; late join follows the setting", async () => {
    const game = await newGame({ timerSeconds: 20, speedScoring: true, lateJoin: false });
    const token = newSeatToken();
    const first = await join(game.joinCode, "Aiko", "ja", token);
    const again = await join(game.joinCode, "Other name", "en", token);
    expect(first.ok && again.ok && again.rejoined && again.playerId === first.playerId).toBe(true);
    const removedToken = newSeatToken();
    const removed = await join(game.joinCode, "Ben", "en", removedToken);
    if (!removed.ok || !first.ok) throw new Error("join failed");
    expect((await runCommand(db.prisma, game.hostId, game.sessionId, { type: "remove", playerId: removed.playerId })).ok).toBe(true);
    expect(await join(game.joinCode, "Ben again", "en", removedToken)).toEqual({ ok: false, error: "removed" });
    expect((await runCommand(db.prisma, game.hostId, game.sessionId, { type: "start" })).ok).toBe(true);
    expect(await join(game.joinCode, "Late")).toEqual({ ok: false, error: "lateJoinClosed" });
    expect(await runCommand(db.prisma, "someone-else", game.sessionId, { type: "next" })).toEqual({ ok: false, error: "notFound" });
  });

  test("one answer per player and question under concurrent duplicates; a different second answer is refused", async () => {
    const game = await newGame();
    const p = await seat(game.joinCode, "Dup");
    await runCommand(db.prisma, game.hostId, game.sessionId, { type: "start" });
    const stored = (await readGame(db.prisma, game.sessionId))!;
    const right = correctResponse(stored.questions[0].versions.ja);
    const results = await Promise.all(Array.from({ length: 8 }, () => submitLiveAnswer(db.prisma, { sessionId: game.sessionId, playerId: p, questionIndex: 0, response: right })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
    expect(await db.prisma.liveAnswer.count({ where: { playerId: p } })).toBe(1);
    const points = (await db.prisma.liveAnswer.findFirstOrThrow({ where: { playerId: p } })).points;
    expect((await db.prisma.player.findUniqueOrThrow({ where: { id: p } })).score).toBe(points);
    const other = await submitLiveAnswer(db.prisma, { sessionId: game.sessionId, playerId: p, questionIndex: 0, response: wrongResponse(stored.questions[0].versions.ja) });
    expect(other).toEqual({ ok: false, error: "alreadyAnswered" });
  });

  test("an answer after the deadline and its grace is refused; inside the grace it counts", async () => {
    const game = await newGame({ timerSeconds: 5, speedScoring: true, lateJoin: true });
    const early = await seat(game.joinCode, "InGrace");
    const late = await seat(game.joinCode, "TooLate");
    const opened = new Date("2026-12-01T10:00:00Z");
    await runCommand(db.prisma, game.hostId, game.sessionId, { type: "start" }, opened);
    const q = (await readGame(db.prisma, game.sessionId))!.questions[0].versions.ja;
    const at = (ms: number) => new Date(opened.getTime() + ms);
    const inGrace = await submitLiveAnswer(db.prisma, { sessionId: game.sessionId, playerId: early, questionIndex: 0, response: correctResponse(q) }, at(5000 + ANSWER_GRACE_MS));
    expect(inGrace).toMatchObject({ ok: true, points: 500 });
    const tooLate = await submitLiveAnswer(db.prisma, { sessionId: game.sessionId, playerId: late, questionIndex: 0, response: correctResponse(q) }, at(5000 + ANSWER_GRACE_MS + 1));
    expect(tooLate).toEqual({ ok: false, error: "too_late" });
    expect(await db.prisma.liveAnswer.count({ where: { playerId: late } })).toBe(0);
    // The server closes it (any instance, once), and the game stays closed after a "restart" (a fresh read).
    const closes = await Promise.all([1, 2].map(() => runCommand(db.prisma, null, game.sessionId, { type: "close_due" }, at(6000))));
    expect(closes.filter((c) => c.ok)).toHaveLength(1);
    expect((await readGame(db.prisma, game.sessionId))!.state.phase).toBe("reveal");
  });

  test("a whole game: the leaderboard equals a recomputation from LiveAnswer; no key before the reveal", async () => {
    const game = await newGame();
    const players = [await seat(game.joinCode, "ja-player", "ja"), await seat(game.joinCode, "en-player", "en"), await seat(game.joinCode, "slow", "en")];
    await runCommand(db.prisma, game.hostId, game.sessionId, { type: "start" });
    const stored = (await readGame(db.prisma, game.sessionId))!;
    for (let i = 0; i < stored.questions.length; i++) {
      const snap = (await loadSnapshot(db.prisma, game.sessionId))!;
      for (const [n, id] of players.entries()) {
        const lang = n === 0 ? "ja" : "en";
        const shown = playerView(snap, { id, nickname: "x", lang, removed: false });
        expect(shown.revealed).toBeNull();
        const view = JSON.stringify(shown);
        for (const name of KEY_FIELD_NAMES) expect(view).not.toContain(name);
        for (const secret of secretsOf(stored.questions[i].versions[lang]).tokens) expect(view).not.toContain(secret);
        expect(view).not.toContain("\"expected\"");
        const q = stored.questions[i].versions[lang];
        const response = (i + n) % 2 === 0 ? correctResponse(q) : wrongResponse(q);
        const result = await submitLiveAnswer(db.prisma, { sessionId: game.sessionId, playerId: id, questionIndex: i, response });
        expect(result.ok).toBe(true);
      }
      expect((await runCommand(db.prisma, game.hostId, game.sessionId, { type: "reveal" })).ok).toBe(true);
      const revealed = (await loadSnapshot(db.prisma, game.sessionId))!;
      const view = playerView(revealed, { id: players[0], nickname: "x", lang: "ja", removed: false });
      expect(view.revealed?.expected).toBeDefined();
      expect(view.standing?.of).toBe(3);
      expect((await runCommand(db.prisma, game.hostId, game.sessionId, { type: "next" })).ok).toBe(true);
    }
    const final = (await loadSnapshot(db.prisma, game.sessionId))!;
    expect(final.game.state.phase).toBe("finished");
    const rows = await db.prisma.liveAnswer.findMany({ where: { sessionId: game.sessionId } });
    expect(rows).toHaveLength(15);
    const recomputed = computeLeaderboard(final.game.state.players, rows);
    expect(final.leaderboard).toEqual(recomputed);
    const scores = await db.prisma.player.findMany({ where: { sessionId: game.sessionId }, select: { id: true, score: true } });
    for (const s of scores) expect(recomputed.find((r) => r.playerId === s.id)!.score).toBe(s.score);
    expect(rows.filter((r) => r.playerId === players[1]).every((r) => r.lang === "en")).toBe(true);
  });

  test("a learner's class answers become reviews of their own cards (Good, Hard, Again), once each", async () => {
    const game = await newGame();
    const learner = (await createGuest(db.prisma)).user;
    const joined = await joinGame(db.prisma, { joinCode: game.joinCode, nickname: "Learner", lang: "en", seatToken: newSeatToken(), userId: learner.id });
    if (!joined.ok) throw new Error(joined.error);
    const stored = (await readGame(db.prisma, game.sessionId))!;
    const items = stored.questions[0].versions.ja.reveal;
    const feed = (verdict: "correct" | "almost" | "wrong", questionIndex = 0) =>
      feedFlashcards(db.prisma, { userId: learner.id, sessionId: game.sessionId, questionIndex, verdict, lang: "en", items, answeredAt: new Date() });
    expect(await feed("correct")).toBe(items.length);
    expect(await feed("correct")).toBe(0); // a replay reviews nothing twice
    const logs = await db.prisma.reviewLog.findMany({ where: { userId: learner.id } });
    expect(logs).toHaveLength(items.length);
    expect(logs.every((l) => l.kind === "class" && l.rating === RATING_OF.correct)).toBe(true);
    const cards = await db.prisma.card.findMany({ where: { userId: learner.id, id: { in: logs.map((l) => l.cardId) } } });
    expect(cards.every((c) => c.direction.startsWith("en-") && c.reps === 1)).toBe(true);
    expect(RATING_OF).toEqual({ correct: 3, almost: 2, wrong: 1 });
    // The teacher's own user has no cards from it.
    expect(await db.prisma.card.count({ where: { userId: game.hostId } })).toBe(0);
  });
});

import "server-only";
// The live game's entry points for pages, actions and route handlers. It binds the database and the
// process's event broker: every change is written first (with the game's new version) and then
// announced on the game's channel, so a stream on any instance re-reads the game and sends its view.
// Timed questions close from a timer here, and again whenever a stream or an answer finds one overdue,
// so a restarted server closes a question whose timer it never set.
import { cookies } from "next/headers";
import { db } from "../db";
import { getLiveBroker } from "./broker/get-live-broker";
import { gameChannel } from "./broker/live-broker";
import { consumeRateLimit, releaseRateLimit } from "../rate-limit";
import { ANSWER_GRACE_MS, questionDeadline } from "../../_domain/live/answer-deadline";
import { createGame, type CreateGameInput, type CreateGameOutcome } from "./create-game";
import { findSeat, joinGame, setPlayerLanguage, type JoinOutcome } from "./join-game";
import { runCommand, type CommandOutcome, type HostCommand } from "./host-command";
import { submitLiveAnswer, type LiveAnswerOutcome } from "./submit-answer";
import { bumpVersion, readGame } from "./game-store";
import { hostView, loadSnapshot, playerView, type GameSnapshot } from "./game-views";
import { SEAT_MAX_AGE_SECONDS, isSeatToken, newSeatToken, seatCookieName } from "./seat";
import { listHostedGamesOf, type HostedGame } from "./hosted-games";
import { feedFlashcards } from "./feed-flashcards";
import { readGameReport } from "./game-report";
import type { User } from "../auth/current-user";

export type { HostView, PlayerView } from "./game-views";
export type { HostedGame };

const broker = () => getLiveBroker();

async function announce(sessionId: string, version: number, type: string): Promise<void> {
  await broker().publish(gameChannel(sessionId), { id: version, type });
}

// ───────────── Host ─────────────

export async function hostGame(host: User, input: CreateGameInput): Promise<CreateGameOutcome> {
  return createGame(db, host.id, input);
}

export async function hostCommand(host: User, sessionId: string, command: HostCommand): Promise<CommandOutcome> {
  const outcome = await runCommand(db, host.id, sessionId, command);
  if (outcome.ok) {
    await announce(sessionId, outcome.version, command.type);
    scheduleClose(sessionId, outcome.game.state);
  }
  return outcome;
}

/** The host's view of their own game (an admin's too), or null. */
export async function loadHostView(host: User, sessionId: string) {
  const snapshot = await currentSnapshot(sessionId);
  if (!snapshot || snapshot.game.hostId !== host.id) return null;
  return hostView(snapshot);
}

/** The report of the host's own game (null for anyone else's). */
export async function loadGameReport(host: User, sessionId: string, lang: "ja" | "en", words: { true: string; false: string }) {
  return readGameReport(db, host.id, sessionId, lang, words);
}

/** For the teacher's index page: this teacher's games, newest first. */
export async function listHostedGames(host: User): Promise<HostedGame[]> {
  return listHostedGamesOf(db, host.id);
}

// ───────────── Deadlines ─────────────

const timers = new Map<string, NodeJS.Timeout>();

function scheduleClose(sessionId: string, state: { phase: string } & Parameters<typeof questionDeadline>[0]) {
  const deadline = questionDeadline(state);
  const key = `${sessionId}:${state.questionIndex}`;
  if (deadline === null || timers.has(key)) return;
  const wait = Math.max(0, deadline + ANSWER_GRACE_MS + 20 - Date.now());
  const timer = setTimeout(() => {
    timers.delete(key);
    void closeIfDue(sessionId);
  }, wait);
  timer.unref?.();
  timers.set(key, timer);
}

async function closeIfDue(sessionId: string): Promise<void> {
  const outcome = await runCommand(db, null, sessionId, { type: "close_due" });
  if (outcome.ok) await announce(sessionId, outcome.version, "close_due");
}

// ───────────── Snapshots, shared by every stream of a game in this process ─────────────

const snapshots = new Map<string, { version: number; promise: Promise<GameSnapshot | null> }>();

/** The game as stored, read at most once per version per process however many streams ask. */
export async function currentSnapshot(sessionId: string, atLeastVersion = -1): Promise<GameSnapshot | null> {
  const cached = snapshots.get(sessionId);
  if (cached && cached.version >= atLeastVersion) return cached.promise;
  const promise = loadSnapshot(db, sessionId).then((s) => {
    if (s) {
      const now = Date.now();
      const deadline = questionDeadline(s.game.state);
      if (deadline !== null && now > deadline + ANSWER_GRACE_MS) void closeIfDue(sessionId);
      else scheduleClose(sessionId, s.game.state);
    }
    return s;
  });
  const entry = { version: Math.max(atLeastVersion, cached?.version ?? -1), promise };
  snapshots.set(sessionId, entry);
  promise.then(
    (s) => {
      if (s && snapshots.get(sessionId) === entry) entry.version = s.game.version;
    },
    () => snapshots.delete(sessionId),
  );
  return promise;
}

export function subscribeToGame(sessionId: string, onEvent: (event: { id: number; type: string }) => void, onResync: () => void) {
  return broker().subscribe(gameChannel(sessionId), onEvent, { onResync });
}

// ───────────── Players ─────────────

/** Failed join attempts (unknown codes) per address: guessing codes is slow, a class behind one address is not hurt. */
export const JOIN_GUESSES_PER_ADDRESS = { limit: 30, windowMs: 10 * 60 * 1000 };

export type JoinRequest = { joinCode: string; nickname: string; lang: "ja" | "en"; address: string; userId: string | null };

export async function joinWithCode(request: JoinRequest): Promise<JoinOutcome | { ok: false; error: "tooManyAttempts"; retryAfterSeconds: number }> {
  const key = `live-join:${request.address}`;
  const budget = await consumeRateLimit(db, key, JOIN_GUESSES_PER_ADDRESS);
  if (!budget.allowed) return { ok: false, error: "tooManyAttempts", retryAfterSeconds: budget.retryAfterSeconds };
  const store = await cookies();
  const name = seatCookieName(request.joinCode);
  const existing = store.get(name)?.value;
  const token = isSeatToken(existing) ? existing : newSeatToken();
  const outcome = await joinGame(db, { ...request, seatToken: token });
  if (outcome.ok || outcome.error !== "unknownCode") await releaseRateLimit(db, key);
  if (outcome.ok) {
    store.set(name, token, { httpOnly: true, sameSite: "lax", path: "/", maxAge: SEAT_MAX_AGE_SECONDS, secure: process.env.COOKIE_SECURE === "1" });
    if (!outcome.rejoined) await announce(outcome.sessionId, outcome.version, "player_joined");
  }
  return outcome;
}

/** The seat this browser holds in the game of `joinCode`, from its cookie; null without one. */
export async function currentSeat(joinCode: string) {
  if (!/^\d{6}$/.test(joinCode)) return null;
  const token = (await cookies()).get(seatCookieName(joinCode))?.value;
  if (!isSeatToken(token)) return null;
  return findSeat(db, joinCode, token);
}

export async function loadPlayerView(joinCode: string) {
  const seat = await currentSeat(joinCode);
  if (!seat) return null;
  // Read fresh (not the shared snapshot): the page must show this player's latest acknowledged answer.
  const snapshot = await loadSnapshot(db, seat.sessionId);
  return snapshot ? { seat, view: playerView(snapshot, { id: seat.playerId, nickname: seat.nickname, lang: seat.lang, removed: seat.removed }) } : null;
}

export { playerView, hostView };

// Answer counts reach the host a few times a second at most: each announcement takes a new version.
const countTimers = new Map<string, NodeJS.Timeout>();
const COUNT_INTERVAL_MS = 250;

function announceAnswerCount(sessionId: string) {
  if (countTimers.has(sessionId)) return;
  const timer = setTimeout(() => {
    countTimers.delete(sessionId);
    void bumpVersion(db, sessionId).then((version) => announce(sessionId, version, "answer_count"));
  }, COUNT_INTERVAL_MS);
  timer.unref?.();
  countTimers.set(sessionId, timer);
}

export async function answerQuestion(joinCode: string, questionIndex: number, response: unknown): Promise<LiveAnswerOutcome> {
  const seat = await currentSeat(joinCode);
  if (!seat || seat.removed) return { ok: false, error: "not_a_player" };
  const outcome = await submitLiveAnswer(db, { sessionId: seat.sessionId, playerId: seat.playerId, questionIndex, response });
  if (outcome.ok && !outcome.replayed) {
    // The cached snapshot lacks this answer until the count's new version: a reload meanwhile must see it.
    snapshots.delete(seat.sessionId);
    announceAnswerCount(seat.sessionId);
  }
  if (outcome.ok && seat.userId) {
    // A learner's class answer becomes a review of their card (idempotent, so a replay repeats nothing).
    const game = await readGame(db, seat.sessionId);
    const items = game?.questions[questionIndex]?.versions.ja.reveal ?? [];
    await feedFlashcards(db, {
      userId: seat.userId,
      sessionId: seat.sessionId,
      questionIndex,
      verdict: outcome.verdict,
      lang: outcome.lang,
      items,
      answeredAt: new Date(),
    }).catch((error) => console.error("class answer not recorded as a review", error));
  }
  if (!outcome.ok && outcome.error === "too_late") void closeIfDue(seat.sessionId);
  return outcome;
}

export async function switchLanguage(joinCode: string, lang: "ja" | "en"): Promise<boolean> {
  const seat = await currentSeat(joinCode);
  if (!seat || seat.removed) return false;
  await setPlayerLanguage(db, seat.playerId, lang);
  return true;
}

export async function gameExists(sessionId: string) {
  return (await readGame(db, sessionId)) !== null;
}

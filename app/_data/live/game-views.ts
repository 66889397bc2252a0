// What each side of a game sees, built from one snapshot of the stored game: the host's projector view
// and each player's phone view. A player's view holds the public question in the player's language and,
// before the reveal, nothing of the answer (player-view.ts); the reveal adds the right answer and the
// passage. The leaderboard is always recomputed from the stored answers.
import type { Db } from "../prisma-client";
import { computeLeaderboard, standingOf, topOf, type LeaderboardRow } from "../../_domain/live/leaderboard";
import { answerSpread, type AnswerSpread } from "../../_domain/live/answer-spread";
import { questionDeadline } from "../../_domain/live/answer-deadline";
import { playerQuestionView, playerRevealView, type LiveQuestionView, type LiveRevealView } from "../../_domain/live/player-view";
import { otherLang } from "../../_domain/live/host-view";
import type { GamePhase } from "../../_domain/live/game-state";
import type { GameSettings } from "../../_domain/live/game-settings";
import type { Verdict } from "../../_domain/quiz/grade-answer";
import type { Lang } from "../../_domain/quiz/types";
import type { Citation } from "../facts/types";
import { readGame, type StoredGame } from "./game-store";

export interface GameSnapshot {
  game: StoredGame;
  answers: { playerId: string; questionIndex: number; points: number; correct: boolean; elapsedMs: number; verdict: Verdict; response: string }[];
  leaderboard: LeaderboardRow[];
}

export async function loadSnapshot(db: Db, sessionId: string): Promise<GameSnapshot | null> {
  const game = await readGame(db, sessionId);
  if (!game) return null;
  const answers = await db.liveAnswer.findMany({
    where: { sessionId },
    select: { playerId: true, questionIndex: true, points: true, correct: true, elapsedMs: true, verdict: true, response: true },
  });
  return { game, answers, leaderboard: computeLeaderboard(game.state.players, answers) };
}

interface Common {
  version: number;
  phase: GamePhase;
  serverNow: number;
  questionIndex: number;
  questionCount: number;
  /** Epoch ms by the server clock; null when untimed or no question is open. */
  deadline: number | null;
  settings: GameSettings;
}

export type RevealWithCitations = LiveRevealView & { citations: (Citation | null)[] };

export interface PlayerView extends Common {
  nickname: string;
  lang: Lang;
  removed: boolean;
  question: LiveQuestionView | null;
  /** This player's answer to the current question: before the reveal only that it arrived. */
  answer: { response: unknown; verdict: Verdict | null; points: number | null } | null;
  revealed: RevealWithCitations | null;
  standing: { rank: number; score: number; of: number } | null;
  podium: { rank: number; nickname: string; score: number }[] | null;
}

export interface HostView extends Common {
  joinCode: string;
  title: string;
  hostLang: Lang;
  players: { id: string; nickname: string }[];
  question: { primary: LiveQuestionView; secondary: LiveQuestionView } | null;
  answerCount: number;
  revealed: { primary: RevealWithCitations; secondary: LiveRevealView; spread: AnswerSpread } | null;
  top: { rank: number; nickname: string; score: number }[];
}

function common(s: GameSnapshot, now: number): Common {
  const { state } = s.game;
  return {
    version: s.game.version,
    phase: state.phase,
    serverNow: now,
    questionIndex: state.questionIndex,
    questionCount: state.questionCount,
    deadline: questionDeadline(state),
    settings: state.settings,
  };
}

const isRevealed = (s: GameSnapshot) => s.game.state.phase === "reveal" || (s.game.state.phase === "finished" && s.game.state.questionIndex >= 0);

function revealOf(s: GameSnapshot, lang: Lang): RevealWithCitations {
  const q = s.game.questions[s.game.state.questionIndex];
  const view = playerRevealView(q, s.game.state.questionIndex, lang);
  return { ...view, citations: view.reveal.map((r) => s.game.citations[`${r.kind}:${r.key}`] ?? null) };
}

const podiumOf = (rows: LeaderboardRow[], n: number) => topOf(rows, n).map((r) => ({ rank: r.rank, nickname: r.nickname, score: r.score }));

export function playerView(s: GameSnapshot, player: { id: string; nickname: string; lang: Lang; removed: boolean }, now = Date.now()): PlayerView {
  const { state } = s.game;
  const index = state.questionIndex;
  const showQuestion = (state.phase === "question" || state.phase === "reveal") && index >= 0;
  const own = s.answers.find((a) => a.playerId === player.id && a.questionIndex === index);
  const revealPhase = state.phase === "reveal";
  return {
    ...common(s, now),
    nickname: player.nickname,
    lang: player.lang,
    removed: player.removed,
    question: showQuestion ? playerQuestionView(s.game.questions[index], index, player.lang) : null,
    answer: own && showQuestion ? { response: JSON.parse(own.response), verdict: revealPhase ? own.verdict : null, points: revealPhase ? own.points : null } : null,
    revealed: revealPhase ? revealOf(s, player.lang) : null,
    standing: state.phase === "reveal" || state.phase === "finished" ? standingOf(s.leaderboard, player.id) : null,
    podium: state.phase === "finished" ? podiumOf(s.leaderboard, 3) : null,
  };
}

export function hostView(s: GameSnapshot, now = Date.now()): HostView {
  const { state } = s.game;
  const index = state.questionIndex;
  const lang = s.game.hostLocale;
  const seated = new Set(state.players.map((p) => p.id));
  const current = s.answers.filter((a) => a.questionIndex === index && seated.has(a.playerId));
  const q = s.game.questions[index];
  return {
    ...common(s, now),
    joinCode: s.game.joinCode,
    title: s.game.title,
    hostLang: lang,
    players: state.players.map((p) => ({ id: p.id, nickname: p.nickname })),
    question:
      (state.phase === "question" || state.phase === "reveal") && q
        ? { primary: playerQuestionView(q, index, lang), secondary: playerQuestionView(q, index, otherLang(lang)) }
        : null,
    answerCount: state.phase === "question" || state.phase === "reveal" ? current.length : 0,
    revealed:
      isRevealed(s) && state.phase === "reveal" && q
        ? {
            primary: revealOf(s, lang),
            secondary: playerRevealView(q, index, otherLang(lang)),
            spread: answerSpread(q, current.map((a) => ({ response: JSON.parse(a.response), verdict: a.verdict }))),
          }
        : null,
    top: podiumOf(s.leaderboard, state.phase === "finished" ? 5 : 5),
  };
}

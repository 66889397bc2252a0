// The leaderboard, computed from the stored answers alone, so "the leaderboard equals a recomputation
// from the stored answers" is this one function. Ranked by score (high first), then by the total time
// of the answers that earned points (quick first), then join order (early first); join order is unique,
// so every rank is distinct. Only answers that scored count towards the time: otherwise a player who
// never answers would beat, on equal points, one who answered quickly but wrongly.
// Removed players are not listed. Each stored answer counts: storage keeps one per player and question.

export interface RankedPlayerInput {
  id: string;
  nickname: string;
  joinOrder: number;
}

export interface StoredLiveAnswer {
  playerId: string;
  questionIndex: number;
  points: number;
  correct: boolean;
  /** From the question's opening to the answer, as stored. */
  elapsedMs: number;
}

export interface LeaderboardRow {
  rank: number;
  playerId: string;
  nickname: string;
  score: number;
  correctCount: number;
  answeredCount: number;
  scoredAnswerMs: number;
}

export function computeLeaderboard(
  players: readonly RankedPlayerInput[],
  answers: readonly StoredLiveAnswer[],
): LeaderboardRow[] {
  const totals = new Map(players.map((p) => [p.id, { score: 0, correctCount: 0, answeredCount: 0, scoredAnswerMs: 0 }]));
  for (const a of answers) {
    const t = totals.get(a.playerId);
    if (!t) continue; // a removed player's answers
    t.score += a.points;
    t.correctCount += a.correct ? 1 : 0;
    t.answeredCount += 1;
    if (a.points > 0) t.scoredAnswerMs += a.elapsedMs;
  }
  return [...players]
    .map((p) => ({ player: p, ...totals.get(p.id)! }))
    .sort(
      (a, b) =>
        b.score - a.score || a.scoredAnswerMs - b.scoredAnswerMs || a.player.joinOrder - b.player.joinOrder,
    )
    .map(({ player, ...t }, i) => ({ rank: i + 1, playerId: player.id, nickname: player.nickname, ...t }));
}

/** The first `n` rows (the host's top 5, the podium's 3). */
export const topOf = (rows: readonly LeaderboardRow[], n: number) => rows.slice(0, n);

/** What a player's phone shows between questions: their own rank and points among how many. */
export function standingOf(rows: readonly LeaderboardRow[], playerId: string) {
  const row = rows.find((r) => r.playerId === playerId);
  return row ? { rank: row.rank, score: row.score, of: rows.length } : null;
}

import { computeLeaderboard, topOf, type StoredLiveAnswer } from "@/app/_domain/live/leaderboard";

const players = [
  { id: "a", nickname: "Ann", joinOrder: 0 },
  { id: "b", nickname: "Ben", joinOrder: 1 },
  { id: "c", nickname: "Cat", joinOrder: 2 },
  { id: "d", nickname: "Dan", joinOrder: 3 },
];
const answer = (playerId: string, questionIndex: number, points: number, elapsedMs: number): StoredLiveAnswer => ({
  playerId, questionIndex, points, elapsedMs, correct: points > 0,
});

test("ranks by score first", () => {
  const rows = computeLeaderboard(players, [answer("a", 0, 500, 1000), answer("b", 0, 900, 9000), answer("c", 0, 0, 100)]);
  expect(rows.map((r) => [r.rank, r.playerId, r.score])).toEqual([[1, "b", 900], [2, "a", 500], [3, "c", 0], [4, "d", 0]]);
});

test("equal scores: less time on the answers that scored first", () => {
  const rows = computeLeaderboard(players, [
    answer("a", 0, 500, 4000), answer("a", 1, 500, 4000),
    answer("b", 0, 500, 3000), answer("b", 1, 500, 3000),
  ]);
  expect(rows.slice(0, 2).map((r) => [r.playerId, r.score, r.scoredAnswerMs])).toEqual([["b", 1000, 6000], ["a", 1000, 8000]]);
});

test("time spent on answers that earned nothing neither helps nor hurts", () => {
  const rows = computeLeaderboard(players, [
    answer("a", 0, 1000, 4000), answer("a", 1, 0, 9000),
    answer("b", 0, 1000, 5000),
  ]);
  expect(rows.slice(0, 2).map((r) => [r.playerId, r.scoredAnswerMs])).toEqual([["a", 4000], ["b", 5000]]);
  // c answered wrongly at once, d never answered: equal, so join order decides.
  const zero = computeLeaderboard(players, [answer("c", 0, 0, 100)]);
  expect(zero.map((r) => r.playerId)).toEqual(["a", "b", "c", "d"]);
});

test("equal score and time: earlier join first", () => {
  const rows = computeLeaderboard([...players].reverse(), [answer("d", 0, 700, 2000), answer("b", 0, 700, 2000)]);
  expect(rows.map((r) => r.playerId)).toEqual(["b", "d", "a", "c"]);
  expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
});

test("counts right answers and answered questions; players without answers are listed with zero", () => {
  const rows = computeLeaderboard(players, [answer("a", 0, 800, 10), answer("a", 1, 0, 20), answer("a", 2, 600, 30)]);
  expect(rows[0]).toEqual({ rank: 1, playerId: "a", nickname: "Ann", score: 1400, correctCount: 2, answeredCount: 3, scoredAnswerMs: 40 });
  expect(rows[3]).toMatchObject({ playerId: "d", score: 0, answeredCount: 0, scoredAnswerMs: 0 });
});

test("a removed player's stored answers do not rank", () => {
  const rows = computeLeaderboard(players.filter((p) => p.id !== "a"), [answer("a", 0, 1000, 1)]);
  expect(rows.map((r) => r.playerId)).toEqual(["b", "c", "d"]);
});

test("same answers in any order give the same leaderboard", () => {
  const answers = [answer("a", 0, 300, 5), answer("b", 0, 300, 5), answer("c", 0, 900, 9), answer("b", 1, 10, 1)];
  expect(computeLeaderboard(players, [...answers].reverse())).toEqual(computeLeaderboard(players, answers));
});

test("top n", () => {
  expect(topOf(computeLeaderboard(players, []), 3).map((r) => r.playerId)).toEqual(["a", "b", "c"]);
});

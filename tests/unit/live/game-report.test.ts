import { generateLiveQuestions } from "@/app/_domain/live/generate-live-questions";
import { buildReport, csvCell, toCsv, type ReportAnswer } from "@/app/_domain/live/game-report";
import { LIVE_QUESTION_TYPES } from "@/app/_domain/live/live-question-types";
import { pool } from "../quiz/fixtures";

const questions = generateLiveQuestions(pool(), { deckKeys: "all", tags: [], count: 3, types: ["multiple_choice"], seed: "report" });
const players = [
  { id: "a", nickname: "Aiko", joinOrder: 0 },
  { id: "b", nickname: "Ben", joinOrder: 1 },
  { id: "c", nickname: "Gone", joinOrder: 2, removed: true },
];
const words = { true: "True", false: "False" };

function answerOf(playerId: string, questionIndex: number, right: boolean, elapsedMs: number): ReportAnswer {
  const q = questions[questionIndex].versions.en;
  const key = q.key as { correctOptionId: string };
  const options = (q.public as { options: { id: string }[] }).options;
  const optionId = right ? key.correctOptionId : options.find((o) => o.id !== key.correctOptionId)!.id;
  return { playerId, questionIndex, verdict: right ? "correct" : "wrong", correct: right, points: right ? 800 : 0, elapsedMs, response: { optionId }, lang: "en" };
}

test("per player: rank, score, right answers and mean time; removed players are left out", () => {
  expect(questions).toHaveLength(3);
  expect(LIVE_QUESTION_TYPES).toContain("multiple_choice");
  const answers = [answerOf("a", 0, true, 1000), answerOf("a", 1, true, 3000), answerOf("b", 0, false, 2000), answerOf("b", 1, true, 4000), answerOf("c", 0, true, 10)];
  const report = buildReport(questions, players, answers, "en", words);
  expect(report.players).toEqual([
    { rank: 1, nickname: "Aiko", score: 1600, rightCount: 2, answered: 2, meanMs: 2000 },
    { rank: 2, nickname: "Ben", score: 800, rightCount: 1, answered: 2, meanMs: 3000 },
  ]);
});

test("per question: hardest first, share right, the most common wrong answer in the teacher's language", () => {
  const answers = [answerOf("a", 0, false, 1000), answerOf("b", 0, false, 1000), answerOf("a", 1, true, 1000), answerOf("b", 1, false, 1000)];
  const report = buildReport(questions, players, answers, "ja", words);
  expect(report.questions.map((q) => [q.index, q.shareRight, q.answered])).toEqual([[0, 0, 2], [1, 0.5, 2], [2, null, 0]]);
  const q0 = questions[0].versions.ja;
  const wrongId = (answers[0].response as { optionId: string }).optionId;
  expect(report.questions[0].commonWrong).toBe((q0.public as { options: { id: string; text: string }[] }).options.find((o) => o.id === wrongId)!.text);
  expect(report.questions[0].passage.length).toBeGreaterThan(0);
});

test("CSV: a BOM, CRLF rows, quoted commas and quotes, formula-looking cells neutralised", () => {
  expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
  expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
  expect(csvCell("-1")).toBe("'-1");
  expect(csvCell("two\nlines")).toBe("two lines");
  expect(csvCell(null)).toBe("");
  const csv = toCsv([["順位", "ニックネーム"], [1, "あいこ"]]);
  expect(csv).toBe("\uFEFF順位,ニックネーム\r\n1,あいこ\r\n");
});

import { generateLiveQuestions } from "@/app/_domain/live/generate-live-questions";
import { hostQuestionView, hostRevealView } from "@/app/_domain/live/host-view";
import { computeLeaderboard, standingOf } from "@/app/_domain/live/leaderboard";
import { pool } from "../quiz/fixtures";

const questions = generateLiveQuestions(pool(), { deckKeys: "all", tags: [], count: 8, types: ["multiple_choice", "true_false", "cloze", "ordering"], seed: "host" });

test("the host sees the teacher's language first and the other below, without the answer", () => {
  for (const q of questions) {
    const view = hostQuestionView(q, 2, "en");
    expect(view.primary.question.promptLang).toBe("en");
    expect(view.secondary.question.promptLang).toBe("ja");
    expect(hostQuestionView(q, 2, "ja").primary.question.promptLang).toBe("ja");
    const json = JSON.stringify(view);
    expect(json).not.toMatch(/"(correct|accepted|isTrue|order|expected|reveal|passage)[A-Za-z]*":/);
  }
});

test("after the reveal, both languages show the answer and the source", () => {
  const view = hostRevealView(questions[0], 0, "ja");
  expect(view.primary.reveal[0].passage).toBe(questions[0].versions.ja.reveal[0].passage);
  expect(view.secondary.question.promptLang).toBe("en");
  expect(view.primary.expected).toBeDefined();
});

test("a player's standing: own rank and points among all", () => {
  const rows = computeLeaderboard(
    [{ id: "a", nickname: "A", joinOrder: 0 }, { id: "b", nickname: "B", joinOrder: 1 }],
    [{ playerId: "b", questionIndex: 0, points: 900, correct: true, elapsedMs: 1 }],
  );
  expect(standingOf(rows, "a")).toEqual({ rank: 2, score: 0, of: 2 });
  expect(standingOf(rows, "b")).toEqual({ rank: 1, score: 900, of: 2 });
  expect(standingOf(rows, "gone")).toBeNull();
});

/**
 * @jest-environment jsdom
 */
// Each quiz in the history opens: an unfinished one resumes (the quiz page goes on at its first
// unanswered question), a finished one shows its results. Link names tell the rows apart.
import { screen, within } from "@testing-library/react";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { QuizHistory } from "@/app/_components/progress/QuizHistory";
import type { QuizAttemptSummary } from "@/app/_data/study/progress";
import { renderWithIntl } from "./render-with-intl";

const attempts: QuizAttemptSummary[] = [
  { id: "unfinished1", createdAt: "2026-12-02T09:00:00.000Z", finishedAt: null, total: 10, score: 3, ratio: 0.3 },
  { id: "finished1", createdAt: "2026-12-01T09:00:00.000Z", finishedAt: "2026-12-01T09:10:00.000Z", total: 5, score: 4, ratio: 0.8 },
];

describe("QuizHistory", () => {
  test.each([
    ["en", en],
    ["ja", ja],
  ] as const)("rows link to resume an unfinished quiz or open its results (%s)", (locale, messages) => {
    renderWithIntl(<QuizHistory attempts={attempts} timeZone="Asia/Tokyo" />, locale);
    const rows = screen.getAllByRole("row").slice(1);
    expect(rows).toHaveLength(2);
    const resume = within(rows[0]).getByRole("link");
    expect(resume).toHaveTextContent(messages.Progress.quizzes.resume);
    expect(resume.getAttribute("href")).toMatch(/\/quiz\/unfinished1$/);
    expect(resume.getAttribute("aria-label")).toContain(messages.Progress.quizzes.resume);
    const results = within(rows[1]).getByRole("link");
    expect(results).toHaveTextContent(messages.Progress.quizzes.results);
    expect(results.getAttribute("href")).toMatch(/\/quiz\/finished1\/results$/);
    // The two names differ by the date, so a screen reader's link list tells them apart.
    expect(resume.getAttribute("aria-label")).not.toBe(results.getAttribute("aria-label"));
  });
});

// The teacher's report of a game, from the stored answers: per player (score, right answers, mean
// time) and per question (share right, the most common wrong answer, the fact and its passage),
// hardest first; and its CSV (UTF-8 with a BOM so Excel reads Japanese right; formula-safe cells).
import type { LiveQuestion } from "./generate-live-questions";
import type { Lang, PublicQuestion } from "@/app/_domain/quiz/types";
import type { Verdict } from "@/app/_domain/quiz/grade-answer";
import { computeLeaderboard, type RankedPlayerInput } from "./leaderboard";

export interface ReportAnswer {
  playerId: string;
  questionIndex: number;
  verdict: Verdict;
  correct: boolean;
  points: number;
  elapsedMs: number;
  response: unknown;
  lang: Lang;
}

export interface PlayerReportRow {
  rank: number;
  nickname: string;
  score: number;
  rightCount: number;
  answered: number;
  meanMs: number | null;
}

export interface QuestionReportRow {
  index: number;
  prompt: string;
  shareRight: number | null;
  answered: number;
  commonWrong: string | null;
  factKeys: string[];
  passage: string;
}

export function promptOf(q: PublicQuestion): string {
  switch (q.type) {
    case "multiple_choice":
    case "term_translation":
      return q.prompt;
    case "true_false":
      return q.statement;
    case "cloze":
      return `${q.before}＿＿＿${q.after}`;
    case "ordering":
      return q.items.map((i) => i.text).join(" / ");
    case "matching":
      return q.left.map((i) => i.text).join(" / ");
  }
}

/** What a wrong answer said, in words of the teacher's language. */
function answerText(q: PublicQuestion, response: unknown, words: { true: string; false: string }): string | null {
  const r = response as { optionId?: string; value?: boolean; text?: string; order?: string[] } | null;
  if (!r) return null;
  if (typeof r.optionId === "string" && "options" in q) return q.options.find((o) => o.id === r.optionId)?.text ?? null;
  if (typeof r.value === "boolean") return r.value ? words.true : words.false;
  if (typeof r.text === "string") return r.text.normalize("NFKC").trim();
  if (Array.isArray(r.order) && q.type === "ordering") return r.order.map((id) => q.items.find((i) => i.id === id)?.text ?? "?").join(" → ");
  return null;
}

export function buildReport(
  questions: readonly LiveQuestion[],
  players: readonly (RankedPlayerInput & { removed?: boolean })[],
  answers: readonly ReportAnswer[],
  lang: Lang,
  words: { true: string; false: string },
) {
  const seated = players.filter((p) => !p.removed);
  const board = computeLeaderboard(seated, answers);
  const playerRows: PlayerReportRow[] = board.map((row) => {
    const own = answers.filter((a) => a.playerId === row.playerId);
    return {
      rank: row.rank,
      nickname: row.nickname,
      score: row.score,
      rightCount: own.filter((a) => a.verdict === "correct").length,
      answered: own.length,
      meanMs: own.length ? Math.round(own.reduce((s, a) => s + a.elapsedMs, 0) / own.length) : null,
    };
  });
  const ids = new Set(seated.map((p) => p.id));
  const questionRows: QuestionReportRow[] = questions.map((question, index) => {
    const q = question.versions[lang].public;
    const these = answers.filter((a) => a.questionIndex === index && ids.has(a.playerId));
    const wrong = new Map<string, number>();
    for (const a of these) {
      if (a.verdict !== "wrong") continue;
      const text = answerText(q, a.response, words); // option ids are the same in both languages
      if (text) wrong.set(text, (wrong.get(text) ?? 0) + 1);
    }
    const commonWrong = [...wrong.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
    return {
      index,
      prompt: promptOf(q),
      shareRight: these.length ? these.filter((a) => a.verdict === "correct").length / these.length : null,
      answered: these.length,
      commonWrong,
      factKeys: question.versions.ja.reveal.map((r) => r.key),
      passage: question.versions.ja.reveal.map((r) => r.passage).join(" / "),
    };
  });
  // Hardest first: the lowest share right; unanswered questions last.
  questionRows.sort((a, b) => (a.shareRight ?? 2) - (b.shareRight ?? 2) || a.index - b.index);
  return { players: playerRows, questions: questionRows };
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  let cell = value === null ? "" : String(value).replace(/\r\n|\r|\n/g, " ");
  if (FORMULA_START.test(cell)) cell = `'${cell}`;
  return /[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows to a CSV file: a BOM first (Excel then reads UTF-8), CRLF line ends as RFC 4180 has them. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return "\uFEFF" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

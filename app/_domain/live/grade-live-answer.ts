// Grades a live answer with the self-study grader, in the player's language. A player may switch
// language during a question; option ids are the same in both versions, and a typed answer right in the
// other language is accepted too, so switching never costs points.
import { gradeAnswer, type GradeResult, type Verdict } from "@/app/_domain/quiz/grade-answer";
import type { Lang } from "@/app/_domain/quiz/types";
import type { LiveQuestion } from "./generate-live-questions";

const RANK: Record<Verdict, number> = { wrong: 0, almost: 1, correct: 2 };

export function gradeLiveAnswer(question: LiveQuestion, lang: Lang, response: unknown): GradeResult {
  const own = gradeAnswer(question.versions[lang], response);
  if (own.verdict === "correct") return own;
  const other = gradeAnswer(question.versions[lang === "ja" ? "en" : "ja"], response);
  const better = RANK[other.verdict] > RANK[own.verdict] || (other.verdict === own.verdict && other.score > own.score);
  return better ? { ...other, expected: own.expected } : own;
}

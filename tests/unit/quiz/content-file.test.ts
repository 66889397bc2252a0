// Generates quizzes from the real seeded content when it is present (it is written separately).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { generateQuiz } from "@/app/_domain/quiz/generate-quiz";
import { gradeAnswer } from "@/app/_domain/quiz/grade-answer";
import { toPublicQuestion } from "@/app/_domain/quiz/to-public-question";
import { QUESTION_TYPES } from "@/app/_domain/quiz/types";
import { normalizeAnswer } from "@/app/_domain/text/normalize-answer";
import { interchangeDocument, type InterchangeDocument } from "@/app/_schemas/interchange";
import { ALL_TYPES, DIRECTIONS, config } from "./fixtures";

const FILE = path.join(__dirname, "../../../prisma/content/nids-commentary-289.json");

function load(): { doc: InterchangeDocument } | { skip: string } {
  if (!existsSync(FILE)) return { skip: "prisma/content/nids-commentary-289.json is absent" };
  const parsed = interchangeDocument.safeParse(JSON.parse(readFileSync(FILE, "utf8")));
  return parsed.success ? { doc: parsed.data } : { skip: `nids-commentary-289.json does not parse: ${parsed.error.issues[0]?.message}` };
}

const loaded = load();

if ("skip" in loaded) {
  test.skip(`content quiz test skipped: ${loaded.skip}`, () => {});
} else {
  const pool = { facts: loaded.doc.facts, entities: loaded.doc.entities, terms: loaded.doc.terms };

  describe.each(DIRECTIONS)("NIDS Commentary No. 289 content, %s", (direction) => {
    const quizzes = ["a", "b", "c", "d"].map((seed) => generateQuiz(pool, config({ direction, seed, count: 30, types: ALL_TYPES })));
    const questions = quizzes.flatMap((q) => q.questions);

    test("fills every quiz and finds every type", () => {
      for (const quiz of quizzes) expect(quiz.questions).toHaveLength(30);
      const seen = new Set(questions.map((q) => q.public.type));
      expect([...seen].sort()).toEqual([...QUESTION_TYPES].sort());
    });

    test("questions are well formed and gradable", () => {
      for (const q of questions) {
        const pub = toPublicQuestion(q);
        if (pub.type === "multiple_choice") expect(new Set(pub.options.map((o) => normalizeAnswer(o.text))).size).toBe(4);
        if (q.key.type === "multiple_choice") expect(gradeAnswer(q, { optionId: q.key.correctOptionId }).verdict).toBe("correct");
        if (q.key.type === "cloze") expect(gradeAnswer(q, { text: q.key.accepted[0] }).verdict).toBe("correct");
        if (q.key.type === "ordering") expect(gradeAnswer(q, { order: q.key.order }).score).toBe(1);
        if (q.key.type === "matching") expect(gradeAnswer(q, { pairs: q.key.pairs }).score).toBe(1);
      }
    });
  });
}

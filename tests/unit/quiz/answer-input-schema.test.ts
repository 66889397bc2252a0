// The answer action's input: an over-long typed answer gets its own code (the page names the limit),
// not the "could not be read" of a malformed one.
import { answerInputSchema } from "@/app/_schemas/quiz";
import { MAX_TYPED_ANSWER_LENGTH } from "@/app/_domain/quiz/limits";

const parse = (response: unknown) => answerInputSchema.safeParse({ attemptId: "abc123", position: 0, response });
const codes = (response: unknown) => {
  const result = parse(response);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("answerInputSchema", () => {
  test("a typed answer of the limit's length passes; one character more is answerTooLong", () => {
    expect(parse({ text: "あ".repeat(MAX_TYPED_ANSWER_LENGTH) }).success).toBe(true);
    expect(codes({ text: "x".repeat(MAX_TYPED_ANSWER_LENGTH + 1) })).toEqual(["answerTooLong"]);
    expect(codes({ text: "x".repeat(100_000) })).toEqual(["answerTooLong"]);
  });

  test("other malformed responses stay invalidResponse", () => {
    expect(codes({ text: 42 })).toEqual(["invalidResponse"]);
    expect(codes("nonsense")).toEqual(["invalidResponse"]);
    expect(codes(null)).toEqual(["invalidResponse"]);
    expect(parse({ optionId: "o1" }).success).toBe(true);
  });
});

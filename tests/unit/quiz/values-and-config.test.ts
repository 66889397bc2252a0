import { renderValue, valueAcceptedForms } from "@/app/_domain/quiz/answer-values";
import { quizConfigSchema } from "@/app/_domain/quiz/quiz-config";
import { fact, facts } from "./fixtures";

const byKey = (key: string) => facts.find((f) => f.key === key)!;

describe("renderValue writes another value the way the fact writes its own", () => {
  test("years and numbers keep their counters", () => {
    expect(renderValue(byKey("admm-plus-launched"), "2009", "ja")).toBe("2009年");
    expect(renderValue(byKey("admm-plus-launched"), "2009", "en")).toBe("2009");
    expect(renderValue(byKey("plus-countries"), "6", "ja")).toBe("6カ国");
    expect(renderValue(byKey("admm-plus-launched"), "2010", "ja")).toBe("2010年");
  });

  test("English ordinals follow the number", () => {
    const ordinal = fact({
      key: "ordinal", answerType: "number", answerValue: "1",
      statementJa: "第1回会合。", answerTextJa: "第1回", statementEn: "The 1st meeting.", answerTextEn: "1st",
    });
    expect(["2", "3", "4", "11", "12", "22"].map((n) => renderValue(ordinal, n, "en"))).toEqual(["2nd", "3rd", "4th", "11th", "12th", "22nd"]);
    expect(renderValue(ordinal, "12", "ja")).toBe("第12回");
  });

  test("dates: day, month and year parts in either language", () => {
    const day = byKey("tenth-meeting-date");
    expect(renderValue(day, "2023-11-09", "ja")).toBe("2023年11月9日");
    expect(renderValue(day, "2023-12-01", "en")).toBe("1 December 2023");
    const month = byKey("myanmar-coup");
    expect(renderValue(month, "2021-04", "ja")).toBe("2021年4月");
    expect(renderValue(month, "2020-12", "en")).toBe("December 2020");
  });

  test("typed forms accepted for a date", () => {
    expect(valueAcceptedForms(byKey("tenth-meeting-date"))).toEqual(
      expect.arrayContaining(["2023-11-16", "2023年11月16日", "16 November 2023", "November 16 2023"]),
    );
  });
});

describe("quizConfigSchema", () => {
  const valid = { deckKeys: "all", tags: [], count: 10, types: ["cloze", "cloze", "matching"], direction: "ja-en", seed: "x" };

  test("accepts a valid config and de-duplicates types", () => {
    expect(quizConfigSchema.parse(valid).types).toEqual(["cloze", "matching"]);
  });

  test.each([
    { count: 0 }, { count: 51 }, { count: 2.5 }, { types: [] }, { types: ["essay"] }, { direction: "ja-fr" }, { seed: "" }, { deckKeys: [] },
  ])("rejects %j", (patch) => {
    expect(quizConfigSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});

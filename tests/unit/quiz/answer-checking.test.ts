import { isAnswerCorrect } from "@/app/_domain/text/is-answer-correct";
import { parseNumeral } from "@/app/_domain/text/japanese-numerals";
import { normalizeAnswer } from "@/app/_domain/text/normalize-answer";
import { damerauLevenshtein } from "@/app/_domain/text/edit-distance";
import { foldVariantKanji, VARIANT_KANJI_PAIRS } from "@/app/_domain/text/variant-kanji";

describe("normalizeAnswer", () => {
  test.each([
    ["ＡＤＭＭプラス", "ADMMプラス"],
    ["admmぷらす", "ADMMプラス"],
    ["２０１０", "2010"],
    ["ｶﾀｶﾅ", "カタカナ"],
    ["ﾌﾟﾗｽ", "ぷらす"],
    ["the Philippines", "Philippines"],
    ["「ビエンチャン・ビジョン」", "ビエンチャンビジョン"],
    ["（HA/DR）", "hadr"],
    ["Counter-terrorism", "counter terrorism"],
    ["1,000", "1000"],
  ])("%s = %s", (a, b) => expect(normalizeAnswer(a)).toBe(normalizeAnswer(b)));

  test("keeps the prolonged sound mark ー and decimals", () => {
    expect(normalizeAnswer("サーバー")).not.toBe(normalizeAnswer("サバ"));
    expect(normalizeAnswer("ビジョン2.0")).not.toBe(normalizeAnswer("ビジョン20"));
  });

  test.each([
    ["宮沢博行", "宮澤博行"],
    ["渡辺", "渡邊"],
    ["渡辺", "渡邉"],
    ["高橋", "髙橋"],
    ["山崎", "山﨑"],
    ["斎藤", "齋藤"],
    ["国防", "國防"],
  ])("variant kanji: %s = %s", (common, variant) => {
    expect(normalizeAnswer(common)).toBe(normalizeAnswer(variant));
    expect(isAnswerCorrect(common, [variant]).verdict).toBe("correct");
  });

  test("variant kanji never merge two different characters", () => {
    // Look-alikes that are different characters (and different names) stay apart.
    expect(normalizeAnswer("斉藤")).not.toBe(normalizeAnswer("斎藤"));
    expect(normalizeAnswer("藤")).not.toBe(normalizeAnswer("籐"));
    // The table maps a variant to a common form that is not itself folded again, and never to itself.
    for (const [variant, common] of VARIANT_KANJI_PAIRS) {
      expect(common).not.toBe(variant);
      expect(VARIANT_KANJI_PAIRS.has(common)).toBe(false);
      expect(foldVariantKanji(variant)).toBe(common);
    }
  });

  test.each([
    ["No, it didn't", "No, it did not"],
    ["No, it didn’t", "no it did not"],
    ["isn't", "is not"],
    ["can't", "cannot"],
    ["won't", "will not"],
  ])("English negative contractions: %s = %s", (a, b) => expect(normalizeAnswer(a)).toBe(normalizeAnswer(b)));

  test("a word ending in n before an apostrophe is not a contraction unless n't follows", () => {
    expect(normalizeAnswer("Lion's")).toBe("lions");
    expect(normalizeAnswer("don't")).not.toBe(normalizeAnswer("won't"));
  });

  test("an article inside a name stays", () => {
    expect(normalizeAnswer("Theatre")).toBe("theatre");
    expect(normalizeAnswer("the the")).toBe("the");
  });
});

describe("parseNumeral", () => {
  test.each([
    ["2010", 2010], ["２０１０", 2010], ["2010年", 2010], ["2010 年度", 2010], ["第10回", 10], ["7つ", 7],
    ["8カ国", 8], ["8か国", 8], ["8ヶ国", 8], ["七", 7], ["十", 10], ["十二", 12], ["二千十", 2010], ["二〇一〇", 2010],
    ["10th", 10],
  ])("%s → %d", (text, n) => expect(parseNumeral(text)).toBe(n));
  test.each(["ADMM", "", "年", "十十x"])("%s is not a number", (text) => expect(parseNumeral(text)).toBeNull());
});

describe("isAnswerCorrect", () => {
  test("width, case and kana folding", () => {
    for (const typed of ["ＡＤＭＭプラス", "ADMMプラス", "admmぷらす", "ADMM ﾌﾟﾗｽ"]) {
      expect(isAnswerCorrect(typed, ["ADMMプラス"])).toEqual({ verdict: "correct", matched: "ADMMプラス" });
    }
  });

  test("numbers: width, 年 suffix, kanji; only when the answer is numeric", () => {
    for (const typed of ["２０１０", "2010", "2010年", "二〇一〇年"]) {
      expect(isAnswerCorrect(typed, ["2010"], { numeric: true }).verdict).toBe("correct");
    }
    expect(isAnswerCorrect("七つ", ["7つ", "7"], { numeric: true }).verdict).toBe("correct");
    expect(isAnswerCorrect("2010年", ["2010"]).verdict).toBe("wrong");
  });

  test("never almost for numbers", () => {
    expect(isAnswerCorrect("2011", ["2010"], { numeric: true }).verdict).toBe("wrong");
    expect(isAnswerCorrect("2011", ["2010"]).verdict).toBe("wrong");
    expect(isAnswerCorrect("Vientiane Vision 3.0", ["Vientiane Vision 2.0"]).verdict).toBe("wrong");
  });

  test("English articles and aliases", () => {
    expect(isAnswerCorrect("the Philippines", ["Philippines"]).verdict).toBe("correct");
    expect(isAnswerCorrect("Philippines", ["the Philippines"]).verdict).toBe("correct");
    expect(isAnswerCorrect("usa", ["United States", "USA"])).toEqual({ verdict: "correct", matched: "USA" });
  });

  test("one typo in a long Latin answer is almost", () => {
    expect(isAnswerCorrect("Counter-terorism", ["Counter-terrorism"])).toEqual({ verdict: "almost", matched: "Counter-terrorism" });
    expect(isAnswerCorrect("Singpaore", ["Singapore"]).verdict).toBe("almost"); // swap of neighbours
    expect(isAnswerCorrect("Conter-terorism", ["Counter-terrorism"]).verdict).toBe("wrong"); // two typos
  });

  test("no typo tolerance for short or Japanese answers", () => {
    expect(isAnswerCorrect("Loas", ["Laos"]).verdict).toBe("wrong");
    expect(isAnswerCorrect("Japn", ["Japan"]).verdict).toBe("wrong");
    expect(isAnswerCorrect("シンガポル", ["シンガポール"]).verdict).toBe("wrong");
  });

  test("empty is wrong", () => {
    expect(isAnswerCorrect("  ", ["ADMM"])).toEqual({ verdict: "wrong", matched: null });
  });

  test("Damerau–Levenshtein counts a transposition once", () => {
    expect(damerauLevenshtein("ab", "ba")).toBe(1);
    expect(damerauLevenshtein("kitten", "sitting")).toBe(3);
  });
});

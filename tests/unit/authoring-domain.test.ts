// The pure rules behind authoring: a source's text as paragraphs, where a passage stands in it, the
// missing-language check and the publish rule of the shared fact schema, and readings from tokens.
import { locatePassage, paragraphLocator, splitParagraphs } from "@/app/_domain/sources/paragraphs";
import { katakanaToHiragana, readingFromTokens } from "@/app/_domain/readings/reading-from-tokens";
import { factEditInput, missingLanguages } from "@/app/_schemas/edit";
import { factRecord } from "@/app/_schemas/interchange";

describe("source paragraphs", () => {
  const text = "\uFEFF第一段落です。\r\n\r\n  第二段落、ADMMプラス。 \n\n\n第三段落。\r最後";
  test("one paragraph per non-empty line, trimmed, whatever the line breaks", () => {
    expect(splitParagraphs(text)).toEqual(["第一段落です。", "第二段落、ADMMプラス。", "第三段落。", "最後"]);
  });
  test("a passage is found verbatim, in the first paragraph holding it, 1-based", () => {
    const paragraphs = splitParagraphs(text);
    expect(locatePassage(paragraphs, "ADMMプラス")).toBe(2);
    expect(locatePassage(paragraphs, "  第三段落。 ")).toBe(3);
    expect(locatePassage(paragraphs, "ADMM プラス")).toBeNull();
    expect(locatePassage(paragraphs, "第一段落です。第二段落")).toBeNull(); // does not span paragraphs
    expect(locatePassage(paragraphs, "")).toBeNull();
    expect(paragraphLocator(2)).toEqual({ locatorJa: "第2段落", locatorEn: "Paragraph 2" });
  });
  test("composed and decomposed kana match (NFC)", () => {
    expect(locatePassage(["ガイドライン"], "カ\u3099イドライン")).toBe(1);
  });
});

describe("both languages", () => {
  const fact = {
    key: "f", sourceKey: "s", deckKey: "d", answerType: "text", questionJa: "問", questionEn: "Q?", statementJa: "答えは甲。", statementEn: "It is A.",
    answerTextJa: "甲", answerTextEn: "A", passage: "甲", locatorJa: "第1段落", locatorEn: "Paragraph 1",
  };
  test("a fact lacking a language is listed as missing it", () => {
    expect(missingLanguages(fact)).toEqual([]);
    expect(missingLanguages({ ...fact, questionEn: " " })).toEqual(["en"]);
    expect(missingLanguages({ ...fact, statementJa: "", locatorEn: "" })).toEqual(["ja", "en"]);
  });
  test("a draft may lack a language; publishing needs both; the import needs both", () => {
    expect(factEditInput.safeParse({ ...fact, questionEn: "", published: false }).success).toBe(true);
    const published = factEditInput.safeParse({ ...fact, questionEn: "", published: true });
    expect(published.success).toBe(false);
    expect(published.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["questionEn", "requiredToPublish"]]);
    expect(factRecord.safeParse({ ...fact, questionEn: "" }).success).toBe(false);
    expect(factEditInput.safeParse({ ...fact, published: true }).success).toBe(true);
  });
});

describe("readings", () => {
  test("katakana readings become hiragana; words without a reading stay as written", () => {
    expect(katakanaToHiragana("ボウエイダイジン・ー")).toBe("ぼうえいだいじん・ー");
    expect(readingFromTokens([{ surface: "拡大", reading: "カクダイ" }, { surface: "ADMM", reading: "*" }, { surface: "プラス", reading: "プラス" }])).toBe("かくだいADMMぷらす");
  });
});

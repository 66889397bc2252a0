/**
 * @jest-environment jsdom
 */
import { screen } from "@testing-library/react";
import { SourceCitation } from "@/app/_components/SourceCitation";
import { BilingualText } from "@/app/_components/BilingualText";
import { Furigana } from "@/app/_components/Furigana";
import type { Citation } from "@/app/_data/facts/types";
import { renderWithIntl } from "./render-with-intl";

const citation: Citation = {
  passage: "2023年11月16日、第10回拡大ASEAN国防相会議（ADMMプラス）がジャカルタで開催された。",
  locatorJa: "冒頭 第1段落",
  locatorEn: "Opening, paragraph 1",
  sourceTitleJa: "第10回拡大ASEAN国防相会議（ADMMプラス）の開催",
  sourceTitleEn: "The 10th ADMM-Plus",
  sourceSeriesJa: "NIDSコメンタリー",
  sourceSeriesEn: "NIDS Commentary",
  sourceNumber: "289",
  sourcePublishedOn: "2023-12-12",
  sourceAuthorJa: "庄司智孝",
  sourceAuthorEn: "SHOJI Tomotaka",
  sourceUrl: null,
};

describe("SourceCitation", () => {
  test("in English: the Japanese passage carries lang=ja, the citation is localized", () => {
    const { container } = renderWithIntl(<SourceCitation citation={citation} />, "en");
    expect(screen.getByText("Source passage")).toBeInTheDocument();
    expect(container.querySelector("blockquote")).toHaveAttribute("lang", "ja");
    expect(container.querySelector("blockquote")).toHaveTextContent(citation.passage);
    expect(container.textContent).toContain("NIDS Commentary No. 289 (Dec 12, 2023)");
    expect(container.textContent).toContain("Opening, paragraph 1");
    expect(screen.getByText("The 10th ADMM-Plus")).toHaveAttribute("lang", "en");
  });

  test("in Japanese: Japanese labels, date and locator", () => {
    const { container } = renderWithIntl(<SourceCitation citation={citation} />, "ja");
    expect(screen.getByText("原文の該当箇所")).toBeInTheDocument();
    expect(container.textContent).toContain("NIDSコメンタリー 第289号（2023/12/12）");
    expect(container.textContent).toContain("冒頭 第1段落");
    expect(container.textContent).not.toContain("The 10th ADMM-Plus");
  });
});

describe("BilingualText", () => {
  test("shows the page language first and the other behind a labelled disclosure", () => {
    const { container } = renderWithIntl(<BilingualText ja="日本語の文" en="An English sentence" />, "ja");
    expect(container.querySelector(".bilingual__main")).toHaveAttribute("lang", "ja");
    expect(screen.getByText("英語で表示")).toBeInTheDocument();
    expect(screen.getByText("An English sentence")).toHaveAttribute("lang", "en");
  });
});

describe("Furigana", () => {
  test("renders ruby with the reading", () => {
    const { container } = renderWithIntl(<Furigana text="信頼醸成" reading="しんらいじょうせい" />, "en");
    expect(container.querySelector("ruby")).toHaveAttribute("lang", "ja");
    expect(container.querySelector("rt")).toHaveTextContent("しんらいじょうせい");
  });
  test("plain text without a reading", () => {
    const { container } = renderWithIntl(<Furigana text="ASEAN" />, "en");
    expect(container.querySelector("ruby")).toBeNull();
  });
});

import type { FactRecord, TermRecord } from "@/app/_schemas/interchange";
import type { RevealItem } from "./types";

export function revealFact(fact: FactRecord): RevealItem {
  return {
    kind: "fact",
    key: fact.key,
    answerJa: fact.answerTextJa,
    answerEn: fact.answerTextEn,
    statementJa: fact.statementJa,
    statementEn: fact.statementEn,
    explanationJa: fact.explanationJa,
    explanationEn: fact.explanationEn,
    passage: fact.passage,
    locatorJa: fact.locatorJa,
    locatorEn: fact.locatorEn,
  };
}

export function revealTerm(term: TermRecord): RevealItem {
  return {
    kind: "term",
    key: term.key,
    answerJa: term.ja,
    answerEn: term.en,
    statementJa: term.definitionJa,
    statementEn: term.definitionEn,
    explanationJa: "",
    explanationEn: "",
    passage: term.passage,
    locatorJa: term.locatorJa,
    locatorEn: term.locatorEn,
  };
}

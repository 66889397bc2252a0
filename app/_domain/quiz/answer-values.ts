// Year, number and date answers: parsing the canonical value, and writing another value the way the
// fact's own answer text writes it, so a swapped statement reads exactly like the original.
import type { FactRecord } from "@/app/_schemas/interchange";
import { answerTextOf } from "./quiz-context";
import type { Lang } from "./types";

export type ValueKind = "year" | "number" | "date";

export interface IsoParts {
  y: number;
  m?: number;
  d?: number;
}

export const MONTHS_EN = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

export function parseIso(value: string): IsoParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
}

export function formatIso(p: IsoParts): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return [String(p.y), p.m && pad(p.m), p.d && pad(p.d)].filter(Boolean).join("-");
}

/** The kind of a fact's value answer, or null when the value is missing or unreadable. */
export function valueKindOf(fact: FactRecord): ValueKind | null {
  const v = fact.answerValue;
  if (fact.answerType === "year") return /^\d{3,4}$/.test(v) ? "year" : null;
  if (fact.answerType === "number") return /^\d+(?:\.\d+)?$/.test(v) ? "number" : null;
  if (fact.answerType === "date") return parseIso(v) ? "date" : null;
  return null;
}

export function formatDate(p: IsoParts, lang: Lang): string {
  if (lang === "ja") return `${p.y}年${p.m ? `${p.m}月` : ""}${p.d ? `${p.d}日` : ""}`;
  const month = p.m ? MONTHS_EN[p.m - 1] : "";
  return [p.d, month, p.y].filter(Boolean).join(" ");
}

/** `value` written like the fact writes its own answer in `lang` (the fact's own value gives answerText). */
export function renderValue(fact: FactRecord, value: string, lang: Lang): string {
  const base = answerTextOf(fact, lang);
  const original = fact.answerValue;
  if (value === original) return base;
  if (valueKindOf(fact) === "date") return renderDate(base, original, value, lang);
  const exact = new RegExp(`(?<!\\d)${original.replace(".", "\\.")}(?!\\d)`);
  for (const text of [base, base.normalize("NFKC")]) {
    if (exact.test(text)) return fixOrdinals(text.replace(exact, value));
  }
  return lang === "ja" && valueKindOf(fact) === "year" ? `${value}年` : value;
}

/** "1st" → swapped to 2 must read "2nd", not "2st". */
function fixOrdinals(text: string): string {
  return text.replace(/\b(\d+)(?:st|nd|rd|th)\b/g, (_, n: string) => {
    const teen = Number(n) % 100 >= 11 && Number(n) % 100 <= 13;
    const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[Number(n) % 10] ?? "th";
    return n + suffix;
  });
}

function renderDate(base: string, originalIso: string, iso: string, lang: Lang): string {
  const from = parseIso(originalIso)!;
  const to = parseIso(iso)!;
  if (base.includes(originalIso)) return base.replace(originalIso, iso);
  const text = /[０-９]/.test(base) ? base.normalize("NFKC") : base;
  let out = text.replace(new RegExp(`${from.y}(?=\\s*年|\\b)`), String(to.y));
  if (lang === "ja") {
    if (from.m && to.m) out = out.replace(new RegExp(`(?<!\\d)${from.m}(?=\\s*月)`), String(to.m));
    if (from.d && to.d) out = out.replace(new RegExp(`(?<!\\d)${from.d}(?=\\s*日)`), String(to.d));
  } else {
    if (from.m && to.m) out = out.replace(new RegExp(`\\b${MONTHS_EN[from.m - 1]}\\b`), MONTHS_EN[to.m - 1]);
    if (from.d && to.d) out = out.replace(new RegExp(`\\b${from.d}(?=(st|nd|rd|th)?\\b)(?!\\d)`), String(to.d));
  }
  // If the answer text did not spell every changed part, writing the date afresh is safer than a half-swap.
  const changed = (a?: number, b?: number) => a !== b;
  const needsYear = changed(from.y, to.y) && !out.includes(String(to.y));
  const sameAsBefore = out === text;
  return sameAsBefore || needsYear ? formatDate(to, lang) : out;
}

/** Extra typed forms accepted for a value answer (in any language the learner may type). */
export function valueAcceptedForms(fact: FactRecord): string[] {
  const kind = valueKindOf(fact);
  if (kind === "year" || kind === "number") return [fact.answerValue];
  if (kind !== "date") return [];
  const p = parseIso(fact.answerValue)!;
  const forms = [fact.answerValue, formatDate(p, "ja"), formatDate(p, "en")];
  if (p.m) forms.push([MONTHS_EN[p.m - 1], p.d, p.y].filter(Boolean).join(" "));
  return forms;
}

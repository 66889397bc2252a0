// The JSON interchange format of the fact base: the seed content, exports and imports all use it,
// so an export imported into an empty database exports identically (full fidelity).
// Records refer to each other by stable `key`s, never by database ids.
import { z } from "zod";

export const FORMAT = "bilingual-study/v1" as const;

export const ENTITY_TYPES = [
  "country",
  "person",
  "organisation",
  "meeting",
  "working_group",
  "document",
  "place",
  "area",
  "event",
  "other",
] as const;
export const ANSWER_TYPES = ["year", "date", "number", "entity", "list", "text"] as const;

const key = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { message: "key" });
const text = z.string().trim().min(1).max(4000);
const optionalText = z.string().trim().max(4000).default("");
const strings = z.array(z.string().trim().min(1).max(400)).max(50).default([]);

/** YYYY, YYYY-MM or YYYY-MM-DD naming a day that exists (no month 13, no 30 February). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  if (match[2] === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}
const isoDate = z.string().refine(isCalendarDate, { message: "isoDate" });

/** Only web links: a javascript:, data: or file: URL in a source would run or leak when clicked. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
const webUrl = z.string().trim().max(2000).refine(isWebUrl, { message: "webUrl" });

/** Issue messages of this schema that are codes of their own (Import.errors.<code>); others use zod's code. */
export const INTERCHANGE_ISSUE_CODES: readonly string[] = ["key", "isoDate", "webUrl"];

/** At most this many problems are listed for a file; the rest are only counted. */
export const MAX_REPORTED_ISSUES = 200;

/** The first MAX_REPORTED_ISSUES issues and how many more there were (a broken 10 MB file has 50,000). */
export function capIssues<T>(issues: T[], max = MAX_REPORTED_ISSUES): { issues: T[]; moreIssues: number } {
  return { issues: issues.slice(0, max), moreIssues: Math.max(0, issues.length - max) };
}

export const sourceRecord = z.object({
  key,
  titleJa: text,
  titleEn: text,
  publisherJa: text,
  publisherEn: text,
  seriesJa: optionalText,
  seriesEn: optionalText,
  number: optionalText,
  publishedOn: isoDate,
  authorJa: text,
  authorEn: text,
  authorRoleJa: optionalText,
  authorRoleEn: optionalText,
  url: webUrl.nullable().default(null),
});

export const deckRecord = z.object({
  key,
  parentKey: key.nullable().default(null),
  sourceKey: key.nullable().default(null),
  nameJa: text,
  nameEn: text,
  descriptionJa: optionalText,
  descriptionEn: optionalText,
  position: z.number().int().min(0).default(0),
});

export const entityRecord = z.object({
  key,
  type: z.enum(ENTITY_TYPES),
  nameJa: text,
  nameEn: text,
  readingJa: optionalText,
  aliasesJa: strings,
  aliasesEn: strings,
  descriptionJa: optionalText,
  descriptionEn: optionalText,
});

export const factRecord = z.object({
  key,
  sourceKey: key,
  deckKey: key,
  answerType: z.enum(ANSWER_TYPES),
  /** For entity and list answers: the answer's entities, in order. */
  answerEntityKeys: z.array(key).max(20).default([]),
  /** For year/date/number/text answers: the canonical value ("2010", "2023-11-16", "7"). */
  answerValue: optionalText,
  /** Entities the fact is about (not the answer), for browsing and for building series questions. */
  subjectEntityKeys: z.array(key).max(20).default([]),
  questionJa: text,
  questionEn: text,
  statementJa: text,
  statementEn: text,
  /** The exact substring of the statement that states the answer. */
  answerTextJa: text,
  answerTextEn: text,
  acceptedJa: strings,
  acceptedEn: strings,
  explanationJa: optionalText,
  explanationEn: optionalText,
  passage: text,
  locatorJa: text,
  locatorEn: text,
  paragraph: z.number().int().min(0).default(0),
  tags: z.array(key).max(30).default([]),
  difficulty: z.number().int().min(1).max(3).default(2),
  series: z
    .object({
      key,
      order: z.number().int(),
      labelJa: text,
      labelEn: text,
    })
    .nullable()
    .default(null),
  event: z
    .object({
      date: isoDate,
      labelJa: text,
      labelEn: text,
    })
    .nullable()
    .default(null),
});

export const termRecord = z.object({
  key,
  sourceKey: key,
  deckKey: key,
  ja: text,
  readingJa: optionalText,
  en: text,
  aliasesJa: strings,
  aliasesEn: strings,
  definitionJa: text,
  definitionEn: text,
  passage: text,
  locatorJa: text,
  locatorEn: text,
  tags: z.array(key).max(30).default([]),
});

/** A tag's labels, shown on pages instead of its key. Not part of the document: tags are named in the app. */
export const tagRecord = z.object({
  key,
  labelJa: z.string().trim().min(1).max(120),
  labelEn: z.string().trim().min(1).max(120),
});

export const interchangeDocument = z.object({
  format: z.literal(FORMAT),
  sources: z.array(sourceRecord).default([]),
  decks: z.array(deckRecord).default([]),
  entities: z.array(entityRecord).default([]),
  facts: z.array(factRecord).default([]),
  terms: z.array(termRecord).default([]),
});

export type SourceRecord = z.infer<typeof sourceRecord>;
export type DeckRecord = z.infer<typeof deckRecord>;
export type EntityRecord = z.infer<typeof entityRecord>;
export type FactRecord = z.infer<typeof factRecord>;
export type TermRecord = z.infer<typeof termRecord>;
export type InterchangeDocument = z.infer<typeof interchangeDocument>;
export type TagRecord = z.infer<typeof tagRecord>;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type AnswerType = (typeof ANSWER_TYPES)[number];

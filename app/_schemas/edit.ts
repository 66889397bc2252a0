// What the editing screens send: each record's interchange schema (the one the JSON import parses),
// extended only with what an edit adds (a fact's published state, a new source's text). The form
// (zodResolver), the server action and the import therefore refuse the same records.
import { z } from "zod";
import { EDIT_ERROR_CODES } from "./constants";
import { deckRecord, entityRecord, factRecord, sourceRecord, termRecord } from "./interchange";

export { EDIT_ERROR_CODES };
export type EditErrorCode = (typeof EDIT_ERROR_CODES)[number];

/** Largest source text accepted (characters): a long report is a few hundred thousand. */
export const MAX_SOURCE_TEXT = 1_000_000;

/** The fields a fact needs in both languages before it can be published. */
export const FACT_LANGUAGE_FIELDS = {
  ja: ["questionJa", "statementJa", "answerTextJa", "locatorJa"],
  en: ["questionEn", "statementEn", "answerTextEn", "locatorEn"],
} as const;
type LanguageField = (typeof FACT_LANGUAGE_FIELDS)["ja" | "en"][number];
const draftText = z.string().trim().max(4000).default("");

/** The languages a fact still lacks (any of its language fields empty). */
export function missingLanguages(fact: Partial<Record<LanguageField, string>>): ("ja" | "en")[] {
  return (["ja", "en"] as const).filter((lang) => FACT_LANGUAGE_FIELDS[lang].some((field) => !fact[field]?.trim()));
}

export const factEditInput = factRecord
  .extend({
    // A draft may lack a language; the import (factRecord) and publishing require both.
    ...Object.fromEntries([...FACT_LANGUAGE_FIELDS.ja, ...FACT_LANGUAGE_FIELDS.en].map((field) => [field, draftText])) as Record<LanguageField, typeof draftText>,
    /** Unpublished facts are drafts: editors see them, learners never do. */
    published: z.boolean().default(false),
    /** Set when editing an existing fact (its key may not change); null when creating one. */
    originalKey: z.string().max(120).nullable().default(null),
  })
  .superRefine((fact, ctx) => {
    if (!fact.published) return;
    for (const lang of missingLanguages(fact))
      for (const field of FACT_LANGUAGE_FIELDS[lang])
        if (!fact[field]) ctx.addIssue({ code: "custom", path: [field], message: "requiredToPublish" });
  });
export type FactEditInput = z.output<typeof factEditInput>;
export type FactEditValues = z.input<typeof factEditInput>;

export const sourceEditInput = sourceRecord.extend({
  /** The document's text (UTF-8, pasted or read from a file), split into paragraphs on save. */
  text: z.string().max(MAX_SOURCE_TEXT).default(""),
  originalKey: z.string().max(120).nullable().default(null),
});
export type SourceEditInput = z.output<typeof sourceEditInput>;
export type SourceEditValues = z.input<typeof sourceEditInput>;

export const recordKeyInput = z.object({ key: z.string().trim().min(1).max(120) });
export const revertInput = z.object({ revisionId: z.string().trim().min(1).max(40) });
export const readingInput = z.object({ text: z.string().trim().min(1).max(400) });

const originalKey = z.string().max(120).nullable().default(null);
export const deckEditInput = deckRecord.extend({ originalKey });
export const entityEditInput = entityRecord.extend({ originalKey });
/** A term is a draft until published, like a fact. */
export const termEditInput = termRecord.extend({ published: z.boolean().default(false), originalKey });
export type DeckEditInput = z.output<typeof deckEditInput>;
export type EntityEditInput = z.output<typeof entityEditInput>;
export type TermEditInput = z.output<typeof termEditInput>;

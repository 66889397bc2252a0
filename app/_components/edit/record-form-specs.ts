// The fields of the deck, entity and term forms, and the schema each is checked with (the one the
// action and the import use). Lists are edited as text: keys and tags comma-separated, aliases one per line.
import { deckEditInput, entityEditInput, termEditInput } from "@/app/_schemas/edit";
import { ENTITY_TYPES } from "@/app/_schemas/interchange";

export type RecordKind = "deck" | "entity" | "term";
export type FieldSpec = {
  name: string;
  control: "text" | "area" | "commaList" | "lineList" | "number" | "checkbox" | "select" | "sourceSelect" | "deckSelect" | "parentSelect";
  lang?: "ja" | "en";
  options?: readonly string[];
  /** For a reading: the field whose Japanese text the suggestion is made from. */
  readingOf?: string;
};

/** Where each kind's pages are. */
export const RECORD_PATHS = { deck: "/edit/decks", entity: "/edit/entities", term: "/edit/terms" } as const;

export const SCHEMAS = { deck: deckEditInput, entity: entityEditInput, term: termEditInput } as const;

export const FIELDS: Record<RecordKind, FieldSpec[]> = {
  deck: [
    { name: "nameJa", control: "text", lang: "ja" },
    { name: "nameEn", control: "text", lang: "en" },
    { name: "descriptionJa", control: "area", lang: "ja" },
    { name: "descriptionEn", control: "area", lang: "en" },
    { name: "parentKey", control: "parentSelect" },
    { name: "sourceKey", control: "sourceSelect" },
    { name: "position", control: "number" },
  ],
  entity: [
    { name: "type", control: "select", options: ENTITY_TYPES },
    { name: "nameJa", control: "text", lang: "ja" },
    { name: "readingJa", control: "text", lang: "ja", readingOf: "nameJa" },
    { name: "nameEn", control: "text", lang: "en" },
    { name: "aliasesJa", control: "lineList", lang: "ja" },
    { name: "aliasesEn", control: "lineList", lang: "en" },
    { name: "descriptionJa", control: "area", lang: "ja" },
    { name: "descriptionEn", control: "area", lang: "en" },
  ],
  term: [
    { name: "sourceKey", control: "sourceSelect" },
    { name: "deckKey", control: "deckSelect" },
    { name: "ja", control: "text", lang: "ja" },
    { name: "readingJa", control: "text", lang: "ja", readingOf: "ja" },
    { name: "en", control: "text", lang: "en" },
    { name: "aliasesJa", control: "lineList", lang: "ja" },
    { name: "aliasesEn", control: "lineList", lang: "en" },
    { name: "definitionJa", control: "area", lang: "ja" },
    { name: "definitionEn", control: "area", lang: "en" },
    { name: "passage", control: "area", lang: "ja" },
    { name: "locatorJa", control: "text", lang: "ja" },
    { name: "locatorEn", control: "text", lang: "en" },
    { name: "tags", control: "commaList" },
    { name: "published", control: "checkbox" },
  ],
};

const split = (text: unknown, separator: RegExp) => (typeof text === "string" ? text.split(separator).map((s) => s.trim()).filter(Boolean) : text);

/** Form text → the record's values (lists, numbers, null for "none"). */
export function toRecordInput(kind: RecordKind, values: Record<string, unknown>): Record<string, unknown> {
  const out = { ...values };
  for (const f of FIELDS[kind]) {
    if (f.control === "commaList") out[f.name] = split(values[f.name], /[,、，\s]+/);
    if (f.control === "lineList") out[f.name] = split(values[f.name], /\r?\n/);
    if (f.control === "number") out[f.name] = Number(values[f.name]);
    if ((f.control === "parentSelect" || f.control === "sourceSelect") && values[f.name] === "") out[f.name] = null;
  }
  return out;
}

/** The record's values → form text. */
export function toFormValues(kind: RecordKind, record: Record<string, unknown>): Record<string, unknown> {
  const out = { ...record };
  for (const f of FIELDS[kind]) {
    const v = record[f.name];
    if (f.control === "commaList") out[f.name] = Array.isArray(v) ? v.join(", ") : "";
    if (f.control === "lineList") out[f.name] = Array.isArray(v) ? v.join("\n") : "";
    if (f.control === "number") out[f.name] = String(v ?? 0);
    if (f.control === "parentSelect" || f.control === "sourceSelect" || f.control === "deckSelect") out[f.name] = v ?? "";
  }
  return out;
}

/** A new record's blank values. */
export function blankRecord(kind: RecordKind, firstSource: string, firstDeck: string): Record<string, unknown> {
  const base = { key: "", originalKey: null };
  if (kind === "deck") return { ...base, nameJa: "", nameEn: "", descriptionJa: "", descriptionEn: "", parentKey: null, sourceKey: null, position: 0 };
  if (kind === "entity") return { ...base, type: "other", nameJa: "", nameEn: "", readingJa: "", aliasesJa: [], aliasesEn: [], descriptionJa: "", descriptionEn: "" };
  return {
    ...base, sourceKey: firstSource, deckKey: firstDeck, ja: "", readingJa: "", en: "", aliasesJa: [], aliasesEn: [], definitionJa: "", definitionEn: "",
    passage: "", locatorJa: "", locatorEn: "", tags: [], published: false,
  };
}

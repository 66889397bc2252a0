// The fact form keeps lists as text (keys and tags comma-separated, accepted answers one per line);
// these turn them into the record's lists before the shared schema checks them, and back.
import type { FactEditValues } from "@/app/_schemas/edit";

export const COMMA_LISTS = ["answerEntityKeys", "subjectEntityKeys", "tags"] as const;
export const LINE_LISTS = ["acceptedJa", "acceptedEn"] as const;
type ListField = (typeof COMMA_LISTS)[number] | (typeof LINE_LISTS)[number];

export type FactFormValues = Omit<FactEditValues, ListField | "difficulty" | "paragraph"> &
  Record<ListField, string> & { difficulty: string; paragraph: string };

const split = (text: string, separator: RegExp) => text.split(separator).map((s) => s.trim()).filter(Boolean);

export function toFactInput(values: FactFormValues): FactEditValues {
  const out: Record<string, unknown> = { ...values };
  for (const field of COMMA_LISTS) out[field] = split(values[field] ?? "", /[,、，\s]+/);
  for (const field of LINE_LISTS) out[field] = split(values[field] ?? "", /\r?\n/);
  out.difficulty = Number(values.difficulty);
  out.paragraph = Number(values.paragraph) || 0;
  return out as FactEditValues;
}

export function toFactFormValues(input: FactEditValues): FactFormValues {
  const out: Record<string, unknown> = { ...input };
  for (const field of COMMA_LISTS) out[field] = (input[field] ?? []).join(", ");
  for (const field of LINE_LISTS) out[field] = (input[field] ?? []).join("\n");
  out.difficulty = String(input.difficulty ?? 2);
  out.paragraph = String(input.paragraph ?? 0);
  return out as FactFormValues;
}

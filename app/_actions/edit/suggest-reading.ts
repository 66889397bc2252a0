"use server";
// Suggests a reading for a Japanese name or term; the editor confirms or corrects it.
import { suggestReadingFor } from "@/app/_data/edit/service";
import { readingInput } from "@/app/_schemas/edit";
import { defineAction } from "../safe-action";

export const suggestReadingAction = defineAction({ caller: "editor", errors: "edit" }, readingInput).action(async ({ parsedInput }) => ({
  reading: await suggestReadingFor(parsedInput.text),
}));

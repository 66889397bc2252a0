// Class codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), read out in class
// or typed from a board. Letters, so they are never confused with a live game's 6-digit code.
export const CLASS_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CLASS_CODE_LENGTH = 8;

export function generateClassCode(randomInt: (max: number) => number): string {
  return Array.from({ length: CLASS_CODE_LENGTH }, () => CLASS_CODE_ALPHABET[randomInt(CLASS_CODE_ALPHABET.length)]).join("");
}

/** What a student typed, as a code: spaces and dashes dropped, upper case, full-width folded. */
export function normalizeClassCode(text: string): string {
  return text.normalize("NFKC").replace(/[\s-]/g, "").toUpperCase();
}

export const isClassCode = (code: string) => new RegExp(`^[${CLASS_CODE_ALPHABET}]{${CLASS_CODE_LENGTH}}$`).test(code);

// Six-digit join codes. The digits come from an injected source (crypto in production, seeded in tests).
// Codes that read as a pattern (one digit repeated, a straight run up or down, two halves alike) are
// skipped: they are the first ones people guess and the easiest to mistype as another game's code.

export const JOIN_CODE_LENGTH = 6;

/** A uniform integer in [0, max). */
export type RandomInt = (max: number) => number;

export function isEasilyConfused(code: string): boolean {
  const d = [...code].map(Number);
  const same = d.every((x) => x === d[0]);
  const steps = d.slice(1).map((x, i) => x - d[i]);
  const straight = steps.every((s) => s === 1) || steps.every((s) => s === -1);
  const halvesAlike = code.slice(0, 3) === code.slice(3);
  const leadingZero = d[0] === 0; // read out loud and typed into numeric pads, a leading 0 gets dropped
  return same || straight || halvesAlike || leadingZero;
}

export const isJoinCode = (text: string) => /^\d{6}$/.test(text);

/** A fresh code; `isTaken` lets the caller avoid codes of games still running. */
export function generateJoinCode(randomInt: RandomInt, isTaken: (code: string) => boolean = () => false): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const code = Array.from({ length: JOIN_CODE_LENGTH }, () => String(randomInt(10))).join("");
    if (!isEasilyConfused(code) && !isTaken(code)) return code;
  }
  throw new Error("no free join code found");
}

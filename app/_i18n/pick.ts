/** Chooses the Japanese or English variant of a bilingual content field. */
export function pick<T>(locale: string, ja: T, en: T): T {
  return locale === "en" ? en : ja;
}

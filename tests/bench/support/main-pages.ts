// The app's main pages as the benchmarks visit them: written in English, moved to each locale.
import type { PreparedGuest } from "../../e2e/support/study-as-guest";

export interface MainPage {
  name: string;
  path: (guest: PreparedGuest) => string;
  /** Visited with the guest's cookie: what it shows depends on the learner. */
  learner: boolean;
}

export const MAIN_PAGES: MainPage[] = [
  { name: "home", path: () => "/en", learner: false },
  { name: "facts", path: () => "/en/facts", learner: false },
  { name: "fact", path: (g) => g.factPath, learner: false },
  { name: "glossary", path: () => "/en/glossary", learner: false },
  { name: "study", path: () => "/en/study", learner: true },
  { name: "review", path: (g) => g.reviewPath, learner: true },
  { name: "quiz", path: () => "/en/quiz", learner: true },
  { name: "question", path: (g) => g.questionPath, learner: true },
  { name: "progress", path: () => "/en/progress", learner: true },
  { name: "account", path: () => "/en/account", learner: true },
];

export const inLocale = (path: string, locale: string) => path.replace(/^\/en(?=\/|$|\?)/, `/${locale}`);

/** The pages named in a comma-separated option (all when absent). */
export function choosePages(option: string | undefined, all: MainPage[] = MAIN_PAGES): MainPage[] {
  if (!option) return all;
  const names = option.split(",");
  const unknown = names.filter((n) => !all.some((p) => p.name === n));
  if (unknown.length) throw new Error(`unknown page ${unknown.join(",")}; known: ${all.map((p) => p.name).join(",")}`);
  return all.filter((p) => names.includes(p.name));
}

export const optionOf = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];

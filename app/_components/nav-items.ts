// The app's sections, in menu order. A section is listed once its pages exist.
export const NAV_ITEMS = [
  { key: "home", href: "/" },
  { key: "facts", href: "/facts" },
  { key: "glossary", href: "/glossary" },
  { key: "study", href: "/study" },
  { key: "quiz", href: "/quiz" },
  { key: "progress", href: "/progress" },
  // Students' classes; teachers and admins get "Teach" (their classes, quizzes and games) instead.
  { key: "classes", href: "/classes", audience: "student" },
  { key: "teach", href: "/teach", audience: "teacher" },
  { key: "account", href: "/account" },
] as const;

export type NavAudience = "student" | "teacher";

/** The items one reader sees: common ones plus those of their audience. */
export function navItemsFor(audience: NavAudience) {
  return NAV_ITEMS.filter((item) => !("audience" in item) || item.audience === audience);
}

export type NavKey = (typeof NAV_ITEMS)[number]["key"];

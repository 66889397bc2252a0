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
  // Shown only to those who may edit content (editors and admins).
  { key: "edit", href: "/edit", editorsOnly: true },
] as const;

export type NavAudience = "student" | "teacher";

/** The items one reader sees: common ones, those of their audience, and "Edit" if they may edit content. */
export function navItemsFor(audience: NavAudience, canEdit = false) {
  return NAV_ITEMS.filter(
    (item) => (!("audience" in item) || item.audience === audience) && (canEdit || !("editorsOnly" in item)),
  );
}

export type NavKey = (typeof NAV_ITEMS)[number]["key"];

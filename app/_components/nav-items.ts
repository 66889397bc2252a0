// The app's sections, in menu order. A section is listed once its pages exist.
export const NAV_ITEMS = [
  { key: "home", href: "/" },
  { key: "facts", href: "/facts" },
  { key: "glossary", href: "/glossary" },
  { key: "study", href: "/study" },
  { key: "quiz", href: "/quiz" },
  { key: "progress", href: "/progress" },
  { key: "account", href: "/account" },
  // Shown only to those who may edit content (editors and admins).
  { key: "edit", href: "/edit", editorsOnly: true },
] as const;

export type NavKey = (typeof NAV_ITEMS)[number]["key"];

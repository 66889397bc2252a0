"use client";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/app/_i18n/navigation";
import { NAV_ITEMS } from "./nav-items";

function isCurrent(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ canEdit = false }: { canEdit?: boolean }) {
  const t = useTranslations("Nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="site-nav">
      <ul>
        {NAV_ITEMS.filter((item) => canEdit || !("editorsOnly" in item)).map((item) => (
          <li key={item.key}>
            <Link href={item.href} aria-current={isCurrent(pathname, item.href) ? "page" : undefined}>
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

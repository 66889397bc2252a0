"use client";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/app/_i18n/navigation";
import { navItemsFor, type NavAudience } from "./nav-items";

function isCurrent(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ audience = "student", canEdit = false }: { audience?: NavAudience; canEdit?: boolean }) {
  const t = useTranslations("Nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="site-nav">
      <ul>
        {navItemsFor(audience, canEdit).map((item) => (
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

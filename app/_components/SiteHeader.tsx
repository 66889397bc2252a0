import { useTranslations } from "next-intl";
import { Link } from "@/app/_i18n/navigation";
import { NavLinks } from "./NavLinks";
import { LocaleSwitcher } from "./LocaleSwitcher";

export function SiteHeader() {
  const t = useTranslations("Common");
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            文A
          </span>
          <span className="brand__name">{t("appName")}</span>
        </Link>
        <NavLinks />
        <LocaleSwitcher />
      </div>
    </header>
  );
}

import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/app/_data/auth/current-user";
import { can } from "@/app/_data/auth/roles";
import { Link } from "@/app/_i18n/navigation";
import { NavLinks } from "./NavLinks";
import { LocaleSwitcher } from "./LocaleSwitcher";

export async function SiteHeader() {
  const [t, user] = await Promise.all([getTranslations("Common"), getCurrentUser()]);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            文A
          </span>
          <span className="brand__name">{t("appName")}</span>
        </Link>
        <NavLinks audience={can(user?.role, "teach") ? "teacher" : "student"} canEdit={can(user?.role, "editContent")} />
        <LocaleSwitcher />
      </div>
    </header>
  );
}

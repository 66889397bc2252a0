import { useTranslations } from "next-intl";
import { Link } from "@/app/_i18n/navigation";

/** What a missing page says, in the page language. */
export function NotFoundContent() {
  const t = useTranslations("NotFound");
  const common = useTranslations("Common");
  return (
    <section className="page narrow">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/">{common("backHome")}</Link>
      </p>
    </section>
  );
}

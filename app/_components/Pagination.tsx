import { useTranslations } from "next-intl";
import { Link } from "@/app/_i18n/navigation";

type Query = Record<string, string | number | undefined>;

export function Pagination({ page, pageCount, pathname, query }: { page: number; pageCount: number; pathname: "/facts"; query: Query }) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  const href = (target: number) => ({
    pathname,
    query: Object.fromEntries(
      Object.entries({ ...query, page: target })
        .filter(([, v]) => v !== undefined && String(v) !== "")
        .map(([k, v]) => [k, String(v)]),
    ),
  });
  return (
    <nav aria-label={t("label")} className="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="button button--secondary">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("status", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="button button--secondary">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

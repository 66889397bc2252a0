"use client";
import { Suspense } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/app/_i18n/navigation";
import { routing, type Locale } from "@/app/_i18n/routing";

type Query = Record<string, string | string[]>;

function toQuery(params: URLSearchParams): Query {
  const query: Query = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

function SwitcherLinks({ query }: { query?: Query }) {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="locale-switcher">
      <ul>
        {routing.locales.map((locale: Locale) => (
          <li key={locale}>
            <Link
              href={query ? { pathname, query } : pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              title={locale === current ? undefined : t("switchTo", { language: t(locale) })}
              scroll={false}
            >
              {t(locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function WithQuery() {
  return <SwitcherLinks query={toQuery(useSearchParams())} />;
}

/** Switches the interface language and keeps the current page and its query (the state lives there). */
export function LocaleSwitcher() {
  return (
    <Suspense fallback={<SwitcherLinks />}>
      <WithQuery />
    </Suspense>
  );
}

import { getTranslations } from "next-intl/server";
import { routing } from "@/app/_i18n/routing";

// Requests outside any locale (rare: the proxy redirects them) get a plain 404 in both languages. A
// server component: the root not-found is part of every page's tree, so client code here would be
// loaded by every page.
export default async function GlobalNotFound() {
  const texts = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: "NotFound" }) })),
  );
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <main className="page narrow">
          {texts.map(({ locale, t }) => (
            <section key={locale} lang={locale}>
              <h1>{t("title")}</h1>
              <p>{t("body")}</p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}

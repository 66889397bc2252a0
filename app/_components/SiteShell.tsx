import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { SiteHeader } from "./SiteHeader";
import { SiteFooter } from "./SiteFooter";
import { TimeZoneCookieScript } from "./account/TimeZoneCookieScript";

/** The document of every page: <html lang>, skip link, header, main, footer (locale pages and the 404). */
export async function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "Common" }), getMessages({ locale })]);
  return (
    <html lang={locale}>
      <body>
        <TimeZoneCookieScript />
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={withoutEditorMessages(messages)}>
          <SiteHeader />
          <main id="main" className="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

/**
 * The catalogs every page's browser code gets: all but the editors' (Edit…), which only the editing
 * pages need (their layout provides them). Every page carries these in its HTML, so the editors' form
 * labels, which name the answer key's fields, stay out of learners' pages.
 */
function withoutEditorMessages(messages: Awaited<ReturnType<typeof getMessages>>) {
  return Object.fromEntries(Object.entries(messages).filter(([namespace]) => !namespace.startsWith("Edit")));
}

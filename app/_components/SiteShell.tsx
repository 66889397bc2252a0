import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { SiteHeader } from "./SiteHeader";
import { SiteFooter } from "./SiteFooter";
import { TimeZoneCookieScript } from "./account/TimeZoneCookieScript";
import { SECTION_NAMESPACES } from "./SectionMessages";

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
        <NextIntlClientProvider messages={withoutSectionMessages(messages)}>
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
 * The catalogs every page's browser code gets: all but those of the editing, teaching, class and live-game
 * sections, whose layouts provide them (SectionMessages). Every page carries its catalogs in its HTML, so
 * this keeps learners' pages light, and keeps words such as the editors' field labels (which name the answer
 * key's fields) or the host's "reveal" out of a quiz page.
 */
function withoutSectionMessages(messages: Awaited<ReturnType<typeof getMessages>>) {
  return Object.fromEntries(Object.entries(messages).filter(([namespace]) => !SECTION_NAMESPACES.test(namespace)));
}

import { hasLocale } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { routing } from "@/app/_i18n/routing";
import { SiteShell } from "@/app/_components/SiteShell";
import { NotFoundContent } from "@/app/_components/NotFoundContent";

// Every unmatched path (/en/no-such-page) is served by Next.js's own not-found route, which renders this
// on the server: the text is in the HTML, so the page reads without JavaScript. The locale comes from the
// path (the proxy's locale handling passes it on). A catch-all route that called notFound() instead got
// an empty document from the production server, its text only added by JavaScript.
export default async function GlobalNotFound() {
  const requested = await getLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return (
    <SiteShell locale={locale}>
      <title>{meta("titleTemplate").replace("%s", t("title"))}</title>
      <NotFoundContent />
    </SiteShell>
  );
}

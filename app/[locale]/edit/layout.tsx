import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

// The editing pages' browser code also needs the editors' catalogs (Edit…), which the site shell leaves
// out of every other page.
export default async function EditLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={await getMessages()}>{children}</NextIntlClientProvider>;
}

import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** Message namespaces only the sections' pages need in the browser (edit/, teach/, classes/, join/). */
export const SECTION_NAMESPACES = /^(Edit|Live|Teach|Classes|Assign)/;

/** Gives a section's browser code every catalog, including its own, which the site shell leaves out. */
export async function SectionMessages({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={await getMessages()}>{children}</NextIntlClientProvider>;
}

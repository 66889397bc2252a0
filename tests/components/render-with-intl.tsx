import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { formats } from "@/app/_i18n/formats";

/** Renders a component with the real message catalog of a locale. */
export function renderWithIntl(ui: ReactElement, locale: "ja" | "en") {
  return render(
    <NextIntlClientProvider locale={locale} messages={locale === "ja" ? ja : en} formats={formats} timeZone="Asia/Tokyo">
      {ui}
    </NextIntlClientProvider>,
  );
}

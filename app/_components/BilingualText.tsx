import { useLocale, useTranslations } from "next-intl";

/** Content in the page language, with the other language one click away (works without JavaScript). */
export function BilingualText({ ja, en, as: Tag = "p" }: { ja: string; en: string; as?: "p" | "h2" | "h3" }) {
  const t = useTranslations("Bilingual");
  const locale = useLocale();
  const [first, second] = locale === "en" ? (["en", "ja"] as const) : (["ja", "en"] as const);
  const text = { ja, en };
  return (
    <div className="bilingual">
      <Tag lang={first} className="bilingual__main">
        {text[first]}
      </Tag>
      <details className="bilingual__other">
        <summary>{t(second === "en" ? "showEnglish" : "showJapanese")}</summary>
        <p lang={second}>{text[second]}</p>
      </details>
    </div>
  );
}

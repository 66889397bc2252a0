import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("Common");
  return (
    <p role="status" aria-live="polite" className="page muted">
      {t("loading")}
    </p>
  );
}

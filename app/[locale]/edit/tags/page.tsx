import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/app/_i18n/navigation";
import { loadTagEditor } from "@/app/_data/edit/service";
import { TagLabelForm } from "@/app/_components/edit/TagLabelForm";
import type { Locale } from "@/app/_i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "EditTags" });
  return { title: t("title") };
}

export default async function EditTagsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("EditTags");
  const tEdit = await getTranslations("Edit");
  const tags = await loadTagEditor();
  return (
    <div className="page narrow">
      <p>
        <Link href="/edit">{tEdit("title")}</Link>
      </p>
      <h1>{t("title")}</h1>
      {tags === null ? (
        <p className="alert">{tEdit("editorsOnly")}</p>
      ) : (
        <>
          <p className="lead">{t("lead")}</p>
          <ul className="stack">
            {tags.map((tag) => (
              <li key={tag.key}>
                <TagLabelForm tag={tag} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

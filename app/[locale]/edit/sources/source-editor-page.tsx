// The source editing page, for a new source (key null) or an existing one (with history and delete).
import { getTranslations } from "next-intl/server";
import { Link } from "@/app/_i18n/navigation";
import { loadSourceEditor } from "@/app/_data/edit/service";
import { SourceForm } from "@/app/_components/edit/SourceForm";
import { RevisionHistory } from "@/app/_components/edit/RevisionHistory";
import { DeleteRecordButton } from "@/app/_components/edit/DeleteRecordButton";
import type { SourceEditValues } from "@/app/_schemas/edit";

export async function SourceEditorPage({ sourceKey }: { sourceKey: string | null }) {
  const t = await getTranslations("EditSource");
  const tEdit = await getTranslations("Edit");
  const tFact = await getTranslations("EditFact");
  const data = await loadSourceEditor(sourceKey);
  const title = sourceKey ? t("editTitle") : t("newTitle");
  if (!data) {
    return (
      <section className="page narrow">
        <h1>{title}</h1>
        <p className="alert">{tEdit("editorsOnly")}</p>
      </section>
    );
  }
  if (sourceKey && !data.source) {
    return (
      <section className="page narrow">
        <h1>{title}</h1>
        <p className="alert">{t("notFound")}</p>
        <Link href="/edit">{tFact("back")}</Link>
      </section>
    );
  }
  const initial: SourceEditValues = data.source
    ? { ...data.source, originalKey: data.source.key }
    : {
        key: "", titleJa: "", titleEn: "", publisherJa: "", publisherEn: "", seriesJa: "", seriesEn: "", number: "", publishedOn: "",
        authorJa: "", authorEn: "", authorRoleJa: "", authorRoleEn: "", url: null, text: "", originalKey: null,
      };
  return (
    <div className="page narrow">
      <p>
        <Link href="/edit">{tFact("back")}</Link>
      </p>
      <h1>{title}</h1>
      <SourceForm initial={initial} />
      {sourceKey && (
        <>
          <RevisionHistory revisions={data.revisions.map((r) => ({ ...r, at: r.at.toISOString() }))} />
          <DeleteRecordButton kind="source" recordKey={sourceKey} label={t("delete")} confirm={t("deleteConfirm")} />
        </>
      )}
    </div>
  );
}

// The deck, entity and term editing pages: a new record (key null) or an existing one, with its history
// and delete button.
import { getTranslations } from "next-intl/server";
import { Link } from "@/app/_i18n/navigation";
import { loadRecordEditor } from "@/app/_data/edit/service";
import { RecordForm } from "@/app/_components/edit/RecordForm";
import { RevisionHistory } from "@/app/_components/edit/RevisionHistory";
import { DeleteRecordButton } from "@/app/_components/edit/DeleteRecordButton";
import { blankRecord, type RecordKind } from "@/app/_components/edit/record-form-specs";
import { pick } from "@/app/_i18n/pick";
import type { Locale } from "@/app/_i18n/routing";

export async function RecordEditorPage({ kind, recordKey, locale }: { kind: RecordKind; recordKey: string | null; locale: Locale }) {
  const t = await getTranslations("EditRecord");
  const tEdit = await getTranslations("Edit");
  const title = recordKey ? t(`editTitle.${kind}`) : t(`newTitle.${kind}`);
  const data = await loadRecordEditor(kind, recordKey);
  if (!data || (recordKey && !data.record)) {
    return (
      <section className="page narrow">
        <h1>{title}</h1>
        <p className="alert">{data ? t("notFound") : tEdit("editorsOnly")}</p>
        <Link href="/edit">{tEdit("title")}</Link>
      </section>
    );
  }
  const initial = data.record ? { ...data.record, originalKey: data.record.key } : blankRecord(kind, data.sources[0]?.key ?? "", data.decks[0]?.key ?? "");
  return (
    <div className="page narrow">
      <p>
        <Link href="/edit">{tEdit("title")}</Link>
      </p>
      <h1>{title}</h1>
      <RecordForm
        kind={kind}
        initial={initial}
        sources={data.sources.map((s) => ({ key: s.key, label: pick(locale, s.titleJa, s.titleEn) }))}
        decks={data.decks.map((d) => ({ key: d.key, label: pick(locale, d.nameJa, d.nameEn) }))}
      />
      {recordKey && (
        <>
          <RevisionHistory revisions={data.revisions.map((r) => ({ ...r, at: r.at.toISOString() }))} />
          <DeleteRecordButton kind={kind} recordKey={recordKey} label={t("delete")} confirm={t("deleteConfirm")} />
        </>
      )}
    </div>
  );
}

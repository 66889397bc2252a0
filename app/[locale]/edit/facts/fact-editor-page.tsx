// The fact editing page, for a new fact (key null) or an existing one: the form, and for an existing
// fact its question preview, history and delete button.
import { getTranslations } from "next-intl/server";
import { Link } from "@/app/_i18n/navigation";
import { loadFactEditor, previewFactQuestions } from "@/app/_data/edit/service";
import { FactForm } from "@/app/_components/edit/FactForm";
import { RevisionHistory } from "@/app/_components/edit/RevisionHistory";
import { DeleteRecordButton } from "@/app/_components/edit/DeleteRecordButton";
import { QuestionPreview } from "@/app/_components/edit/QuestionPreview";
import type { FactEditValues } from "@/app/_schemas/edit";
import type { Locale } from "@/app/_i18n/routing";

export async function FactEditorPage({ locale, factKey }: { locale: Locale; factKey: string | null }) {
  const t = await getTranslations("EditFact");
  const tEdit = await getTranslations("Edit");
  const data = await loadFactEditor(factKey);
  if (!data) {
    return (
      <section className="page narrow">
        <h1>{factKey ? t("editTitle") : t("newTitle")}</h1>
        <p className="alert">{tEdit("editorsOnly")}</p>
      </section>
    );
  }
  if (factKey && !data.fact) {
    return (
      <section className="page narrow">
        <h1>{t("editTitle")}</h1>
        <p className="alert">{t("notFound")}</p>
        <Link href="/edit">{t("back")}</Link>
      </section>
    );
  }
  const initial: FactEditValues = data.fact
    ? { ...data.fact, originalKey: data.fact.key }
    : {
        key: "", sourceKey: data.sources[0]?.key ?? "", deckKey: data.decks[0]?.key ?? "", answerType: "text", answerValue: "",
        answerEntityKeys: [], subjectEntityKeys: [], questionJa: "", questionEn: "", statementJa: "", statementEn: "",
        answerTextJa: "", answerTextEn: "", acceptedJa: [], acceptedEn: [], explanationJa: "", explanationEn: "", passage: "",
        locatorJa: "", locatorEn: "", paragraph: 0, tags: [], difficulty: 2, series: null, event: null, published: false, originalKey: null,
      };
  const { id: _id, position: _position, ...values } = { id: "", position: 0, ...initial };
  const sources = data.sources.map((s) => ({ key: s.key, title: locale === "ja" ? s.titleJa : s.titleEn, paragraphs: s.paragraphs }));
  const decks = data.decks.map((d) => ({ key: d.key, name: locale === "ja" ? d.nameJa : d.nameEn }));
  const preview = factKey ? await previewFactQuestions(factKey, locale) : null;
  return (
    <div className="page narrow">
      <p>
        <Link href="/edit">{t("back")}</Link>
      </p>
      <h1>{factKey ? t("editTitle") : t("newTitle")}</h1>
      <FactForm initial={values} sources={sources} decks={decks} />
      {preview && <QuestionPreview questions={preview} />}
      {factKey && (
        <>
          <RevisionHistory revisions={data.revisions.map((r) => ({ ...r, at: r.at.toISOString() }))} />
          <DeleteRecordButton kind="fact" recordKey={factKey} label={t("delete")} confirm={t("deleteConfirm")} />
        </>
      )}
    </div>
  );
}

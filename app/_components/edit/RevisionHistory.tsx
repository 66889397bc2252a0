"use client";
// A record's revisions, newest first, each with the fields it changed (before and after) and a button
// that writes the record back as it was before that change.
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "@/app/_i18n/navigation";
import { failureOf } from "@/app/_actions/action-result";
import { revertRevisionAction } from "@/app/_actions/edit/revert-revision";
import { FormAlert } from "../forms/FormAlert";
import { useErrorText } from "../forms/use-error-text";

export type RevisionItem = {
  id: string;
  action: "create" | "update" | "delete" | "revert";
  at: string;
  by: string | null;
  changes: Record<string, { old: unknown; new: unknown }>;
};

const show = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value));

export function RevisionHistory({ revisions }: { revisions: RevisionItem[] }) {
  const t = useTranslations("EditHistory");
  const format = useFormatter();
  const errorText = useErrorText("edit");
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string }>();
  const [busy, setBusy] = useState(false);

  const revert = async (id: string) => {
    setBusy(true);
    const failure = failureOf(await revertRevisionAction({ revisionId: id }));
    setBusy(false);
    setMessage(failure ? { tone: "error", text: errorText(failure.formError ?? "unknown")! } : { tone: "success", text: t("reverted") });
    if (!failure) router.refresh();
  };

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("title")}</h2>
      <FormAlert tone={message?.tone} message={message?.text} />
      {revisions.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ol className="stack">
          {revisions.map((r) => (
            <li key={r.id}>
              <p>
                <strong>{t(`actions.${r.action}`)}</strong> · {format.dateTime(new Date(r.at), { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                {t("by", { name: r.by ?? t("unknownEditor") })}
              </p>
              {Object.keys(r.changes).length > 0 && (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t("field")}</th>
                      <th scope="col">{t("old")}</th>
                      <th scope="col">{t("new")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(r.changes).map(([field, change]) => (
                      <tr key={field}>
                        <th scope="row">
                          <code>{field}</code>
                        </th>
                        <td>{show(change.old)}</td>
                        <td>{show(change.new)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => revert(r.id)}>
                {t("revert")}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

"use client";
import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";

type Issue = { record: string; key?: string; field?: string; code: string; params?: Record<string, string | number> };
type Result = { ok: true; counts: Record<string, number> } | { ok: false; issues: Issue[]; moreIssues?: number };

const KNOWN_CODES = new Set([
  "invalid_type", "too_small", "too_big", "invalid_format", "invalid_value", "unrecognized_keys", "key", "isoDate", "webUrl",
  "duplicateKey", "unknownReference", "deckCycle", "answerMissing", "answerNotInStatement", "emptyFile", "tooLarge",
  "notUtf8", "malformedJson", "wrongFormat", "signInRequired", "forbidden", "network",
]);
const MAX_BYTES = 10 * 1024 * 1024;

export function ImportForm() {
  const t = useTranslations("Import");
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return setResult({ ok: false, issues: [{ record: "file", code: "emptyFile" }] });
    if (file.size > MAX_BYTES) return setResult({ ok: false, issues: [{ record: "file", code: "tooLarge", params: { maxMb: 10 } }] });
    setBusy(true);
    setResult(null);
    try {
      const response = await fetch("/api/import", { method: "POST", body: file, headers: { "content-type": "application/json" } });
      setResult((await response.json()) as Result);
    } catch {
      setResult({ ok: false, issues: [{ record: "file", code: "network" }] });
    } finally {
      setBusy(false);
    }
  }

  const describe = (issue: Issue) =>
    t(`errors.${KNOWN_CODES.has(issue.code) ? issue.code : "unknown"}` as "errors.unknown", {
      target: "",
      maxMb: 10,
      position: 0,
      ...issue.params,
    } as Record<string, string | number>);

  return (
    <form onSubmit={onSubmit} className="card" aria-busy={busy}>
      <div className="field">
        <label htmlFor={inputId}>{t("fileLabel")}</label>
        <input id={inputId} name="file" type="file" accept="application/json,.json" required aria-describedby={`${inputId}-hint`} />
        <p id={`${inputId}-hint`} className="muted">
          {t("fileHint")}
        </p>
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t("importing") : t("submit")}
      </button>
      <div role="status" aria-live="polite">
        {result?.ok && (
          <p className="alert alert--success">
            {t("success", {
              facts: result.counts.facts ?? 0,
              terms: result.counts.terms ?? 0,
              entities: result.counts.entities ?? 0,
              decks: result.counts.decks ?? 0,
            })}
          </p>
        )}
      </div>
      {result && !result.ok && (
        <div role="alert" className="alert">
          <p>{t("failed", { count: result.issues.length + (result.moreIssues ?? 0) })}</p>
          <ul className="import-issues">
            {result.issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.record}</code>
                {issue.key && <> ({issue.key})</>}
                {issue.field && (
                  <>
                    {" · "}
                    {t("field")} <code>{issue.field}</code>
                  </>
                )}
                {": "}
                {describe(issue)}
              </li>
            ))}
          </ul>
          {(result.moreIssues ?? 0) > 0 && <p>{t("moreIssues", { count: result.moreIssues ?? 0 })}</p>}
        </div>
      )}
    </form>
  );
}

"use client";
// Deletes a record after a confirmation, then returns to the editing list.
import { useState } from "react";
import { useRouter } from "@/app/_i18n/navigation";
import { failureOf } from "@/app/_actions/action-result";
import { deleteFactAction } from "@/app/_actions/edit/delete-fact";
import { deleteSourceAction } from "@/app/_actions/edit/delete-source";
import { deleteRecordAction } from "@/app/_actions/edit/delete-record";
import { FormAlert } from "../forms/FormAlert";
import { useErrorText } from "../forms/use-error-text";

export function DeleteRecordButton({ kind, recordKey, label, confirm }: { kind: "fact" | "source" | "deck" | "entity" | "term"; recordKey: string; label: string; confirm: string }) {
  const router = useRouter();
  const errorText = useErrorText("edit");
  const [error, setError] = useState<string>();
  const onClick = async () => {
    if (!window.confirm(confirm)) return;
    const result =
      kind === "fact" ? await deleteFactAction({ key: recordKey }) : kind === "source" ? await deleteSourceAction({ key: recordKey }) : await deleteRecordAction({ kind, key: recordKey });
    const failure = failureOf(result);
    if (failure) setError(errorText(failure.formError ?? "unknown"));
    else router.push("/edit");
  };
  return (
    <div>
      <FormAlert message={error} />
      <button type="button" className="button button--danger" onClick={onClick}>
        {label}
      </button>
    </div>
  );
}

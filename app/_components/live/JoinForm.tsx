"use client";
// Joining from a phone: the 6-digit code (filled in when the QR code opened the page), a nickname and
// the language to play in (the page's by default). The seat cookie is set by the server.
import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/app/_i18n/navigation";
import { FormAlert } from "@/app/_components/forms/FormAlert";

type Errors = { code?: string; nickname?: string; form?: string };

export function JoinForm({ code: presetCode }: { code?: string }) {
  const t = useTranslations("LiveJoin");
  const locale = useLocale();
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { code: String(form.get("code") ?? "").trim(), nickname: String(form.get("nickname") ?? ""), lang: String(form.get("lang") ?? locale) };
    if (!/^\d{6}$/.test(body.code)) return setErrors({ code: t("errors.codeFormat") });
    if (!body.nickname.trim()) return setErrors({ nickname: t("errors.nicknameEmpty") });
    setPending(true);
    setErrors({});
    try {
      const res = await fetch("/api/live/join", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const json = (await res.json().catch(() => ({}))) as { ok?: boolean; error?: string; field?: string };
      if (res.ok && json.ok) {
        router.replace(`/join/${body.code}`, { locale: body.lang === "en" ? "en" : "ja" });
        router.refresh();
        return;
      }
      const message = t(`errors.${knownError(json.error)}`);
      setErrors(json.field === "code" ? { code: message } : json.field === "nickname" ? { nickname: message } : { form: message });
    } catch {
      setErrors({ form: t("errors.network") });
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={errors.form} />
      <div className="field">
        <label htmlFor="join-code">{t("code")}</label>
        <input id="join-code" name="code" inputMode="numeric" autoComplete="off" maxLength={6} pattern="\d{6}" defaultValue={presetCode} aria-invalid={errors.code ? true : undefined} aria-describedby={errors.code ? "join-code-error" : undefined} />
        {errors.code && <p id="join-code-error" className="field-error">{errors.code}</p>}
      </div>
      <div className="field">
        <label htmlFor="join-nickname">{t("nickname")}</label>
        <input id="join-nickname" name="nickname" autoComplete="nickname" maxLength={40} aria-invalid={errors.nickname ? true : undefined} aria-describedby={`join-nickname-hint${errors.nickname ? " join-nickname-error" : ""}`} />
        <p id="join-nickname-hint" className="muted">{t("nicknameHint")}</p>
        {errors.nickname && <p id="join-nickname-error" className="field-error">{errors.nickname}</p>}
      </div>
      <div className="field">
        <label htmlFor="join-lang">{t("language")}</label>
        <select id="join-lang" name="lang" defaultValue={locale}>
          <option value="ja" lang="ja">日本語</option>
          <option value="en" lang="en">English</option>
        </select>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {t("join")}
      </button>
    </form>
  );
}

const KNOWN = ["unknownCode", "finished", "lateJoinClosed", "removed", "nicknameEmpty", "nicknameTooLong", "nicknameInvalid", "nicknameTaken", "tooManyAttempts", "codeFormat"] as const;
const knownError = (code: string | undefined): (typeof KNOWN)[number] | "unknown" =>
  (KNOWN as readonly string[]).includes(code ?? "") ? (code as (typeof KNOWN)[number]) : "unknown";

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { loadAccountOverview } from "@/app/_data/auth/service";
import { ClaimAccountForm } from "@/app/_components/account/ClaimAccountForm";
import { SignInForm } from "@/app/_components/account/SignInForm";
import { SignOutButton } from "@/app/_components/account/SignOutButton";
import { SettingsForm } from "@/app/_components/account/SettingsForm";
import { DeleteDataForm } from "@/app/_components/account/DeleteDataForm";
import { OutcomeMessage } from "@/app/_components/account/OutcomeMessage";
import { TimeZoneCookieScript } from "@/app/_components/account/TimeZoneCookieScript";
import { timeZoneOptions } from "@/app/_components/account/time-zones";
import styles from "@/app/_components/account/account.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("title"), robots: { index: false } };
}

const OUTCOMES = ["claimed", "signedIn", "signedOut", "deleted"] as const;

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Account");
  const [overview, query] = await Promise.all([loadAccountOverview(), searchParams]);
  const outcome = OUTCOMES.find((o) => o === query.done);
  const username = overview.kind === "visitor" ? null : overview.username;
  const outcomeText =
    outcome === "claimed" || outcome === "signedIn" ? (username ? t(`done.${outcome}`, { username }) : null) : outcome ? t(`done.${outcome}`) : null;

  return (
    <div className="page narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {outcomeText && <OutcomeMessage message={outcomeText} />}

      <div className={styles.sections}>
        <section className="card" aria-labelledby="account-status">
          <h2 id="account-status" className="visually-hidden">
            {t("status.label")}
          </h2>
          <div className={styles.statusRow}>
            <p>{overview.kind === "account" ? t("status.signedIn", { username: username ?? "" }) : t(`status.${overview.kind}`)}</p>
            {overview.kind === "account" && <SignOutButton />}
          </div>
          {overview.kind !== "visitor" && <p className="muted">{t("status.summary", overview.summary)}</p>}
        </section>

        {overview.kind !== "account" && (
          <>
            <section className="card" aria-labelledby="claim-title">
              <h2 id="claim-title">{t("claim.title")}</h2>
              <p>{t("claim.lead")}</p>
              <ClaimAccountForm />
            </section>
            <section className="card" aria-labelledby="sign-in-title">
              <h2 id="sign-in-title">{t("signIn.title")}</h2>
              <p>{t("signIn.lead")}</p>
              {overview.kind === "guest" && overview.summary.cards + overview.summary.reviews + overview.summary.quizAttempts > 0 && (
                <p className="muted">{t("signIn.guestNotice")}</p>
              )}
              <SignInForm />
            </section>
          </>
        )}

        <section className="card" aria-labelledby="settings-title">
          <h2 id="settings-title">{t("settings.title")}</h2>
          {/* A new identity (signed in or out) starts the form afresh from its stored settings. */}
          <SettingsForm key={username ?? "guest"} initial={overview.settings} timeZones={timeZoneOptions(overview.settings.timeZone)} />
        </section>

        <section className="card" aria-labelledby="data-title">
          <h2 id="data-title">{t("data.title")}</h2>
          {overview.kind === "visitor" ? (
            <p>{t("data.nothing")}</p>
          ) : (
            <>
              <p>{t("data.lead")}</p>
              <div className={styles.actions}>
                <a className="button button--secondary" href="/api/account/export" download>
                  {t("data.download")}
                </a>
                <DeleteDataForm />
              </div>
            </>
          )}
        </section>
      </div>
      <TimeZoneCookieScript />
    </div>
  );
}

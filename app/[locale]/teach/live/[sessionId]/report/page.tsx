import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/app/_i18n/routing";
import { getCurrentUser } from "@/app/_data/auth/current-user";
import { can } from "@/app/_data/auth/roles";
import { loadGameReport } from "@/app/_data/live/service";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; sessionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "LiveReport" });
  return { title: t("title"), robots: { index: false } };
}

/** The teacher's report of one game: players by rank, questions hardest first, and the CSV download. */
export default async function ReportPage({ params }: Props) {
  const { locale, sessionId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("LiveReport");
  const format = await getFormatter();
  const user = await getCurrentUser();
  if (!user || !can(user.role, "teach")) {
    return (
      <section className="page narrow">
        <h1>{t("title")}</h1>
        <p className="alert">{t("teachersOnly")}</p>
      </section>
    );
  }
  const report = /^[a-z0-9]{1,64}$/i.test(sessionId) ? await loadGameReport(user, sessionId, locale, { true: t("true"), false: t("false") }) : null;
  if (!report) notFound();
  const seconds = (ms: number | null) => (ms === null ? "—" : format.number(ms / 1000, { maximumFractionDigits: 1 }));
  return (
    <section className="page">
      <h1>{t("heading", { title: report.title })}</h1>
      <p>
        <a href={`/api/live/host/${sessionId}/report?locale=${locale}`} download>
          {t("download")}
        </a>
      </p>
      <h2 id="players-heading">{t("players")}</h2>
      <table aria-labelledby="players-heading">
        <thead>
          <tr>
            <th scope="col">{t("csv.rank")}</th>
            <th scope="col">{t("csv.nickname")}</th>
            <th scope="col">{t("csv.score")}</th>
            <th scope="col">{t("csv.right")}</th>
            <th scope="col">{t("csv.meanSeconds")}</th>
          </tr>
        </thead>
        <tbody>
          {report.players.map((p) => (
            <tr key={p.rank}>
              <td>{p.rank}</td>
              <th scope="row">{p.nickname}</th>
              <td>{p.score}</td>
              <td>{p.rightCount}</td>
              <td>{seconds(p.meanMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="questions-heading">{t("questions")}</h2>
      <table aria-labelledby="questions-heading">
        <thead>
          <tr>
            <th scope="col">{t("csv.number")}</th>
            <th scope="col">{t("csv.question")}</th>
            <th scope="col">{t("csv.shareRight")}</th>
            <th scope="col">{t("csv.commonWrong")}</th>
            <th scope="col">{t("csv.passage")}</th>
          </tr>
        </thead>
        <tbody>
          {report.questions.map((q) => (
            <tr key={q.index}>
              <td>{q.index + 1}</td>
              <th scope="row" lang={locale}>{q.prompt}</th>
              <td>{q.shareRight === null ? "—" : format.number(q.shareRight, { style: "percent" })}</td>
              <td>{q.commonWrong ?? "—"}</td>
              <td lang="ja">{q.passage}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/app/_i18n/routing";
import { Link } from "@/app/_i18n/navigation";
import { pick } from "@/app/_i18n/pick";
import { currentTeacher } from "@/app/_data/teach/service";
import { loadAssignmentReport } from "@/app/_data/classes/service";
import { rowIdSchema } from "@/app/_schemas/saved-quiz";
import { ShareRightChart } from "@/app/_components/classes/ShareRightChart";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; classId: string; assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Assign" });
  return { title: t("report.title"), robots: { index: false } };
}

const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);

export default async function AssignmentReportPage({ params }: Props) {
  const { locale, classId, assignmentId } = await params;
  setRequestLocale(locale);
  const teacher = await currentTeacher();
  const id = rowIdSchema.safeParse(assignmentId);
  const report = teacher && id.success ? await loadAssignmentReport(teacher, id.data) : null;
  if (!teacher || !report || report.assignment.classId !== classId) notFound();
  const t = await getTranslations("Assign");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: teacher.timeZone });
  const { completion } = report;
  return (
    <div className="page">
      <p>
        <Link href={`/teach/classes/${classId}`}>{report.className}</Link>
      </p>
      <h1>{report.assignment.title}</h1>
      <p>{t("summary", { kind: report.assignment.kind, opens: when(report.assignment.opensAt), due: when(report.assignment.dueAt) })}</p>
      <dl>
        <dt>{t("report.completion")}</dt>
        <dd>{t("report.completionValue", { done: completion.done, late: completion.late, total: completion.total })}</dd>
        {report.assignment.kind === "quiz" && (
          <>
            <dt>{t("report.mean")}</dt>
            <dd>{percent(report.meanScore)}</dd>
            <dt>{t("report.median")}</dt>
            <dd>{percent(report.medianScore)}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={`/api/classes/${classId}/assignments/${report.assignment.id}/report?locale=${locale}`} download>
          {t("report.csv")}
        </a>
      </p>

      <section aria-labelledby="grid-heading">
        <h2 id="grid-heading">{t("report.grid")}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("report.student")}</th>
                <th scope="col">{t("report.status")}</th>
                <th scope="col">{t("report.score")}</th>
                {report.questions.map((q) => (
                  <th scope="col" key={q.position}>
                    {t("report.question", { number: q.position + 1 })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.students.map((s) => (
                <tr key={s.userId}>
                  <th scope="row">{s.name}</th>
                  <td>{t(`status.${s.status}`)}</td>
                  <td>{percent(s.score)}</td>
                  {s.cells.map((cell, i) => (
                    <td key={i}>{t(`cells.${cell}`)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {report.questions.length > 0 && (
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading">{t("report.perQuestion")}</h2>
          <ShareRightChart questions={report.questions} />
          <ol>
            {report.questions.map((q) => (
              <li key={q.position}>
                <p>
                  <strong>{percent(q.shareRight)}</strong> {t("report.right")} · <span lang={locale}>{pick(locale, q.statementJa, q.statementEn)}</span>
                </p>
                {q.passage && (
                  <blockquote lang="ja">
                    {q.passage} <cite>{pick(locale, q.locatorJa, q.locatorEn)}</cite>
                  </blockquote>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

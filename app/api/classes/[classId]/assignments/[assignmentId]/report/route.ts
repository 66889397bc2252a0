// GET: an assignment's report as CSV (teacher of the class only; anyone else gets 404, as for a page).
// Headers in the language asked for (`?locale=ja|en`, default ja); one row per student, one column per question.
import { getTranslations } from "next-intl/server";
import { withCaller } from "@/app/_actions/safe-action";
import { loadAssignmentReport } from "@/app/_data/classes/service";
import { rowIdSchema } from "@/app/_schemas/saved-quiz";
import { toCsv } from "@/app/_domain/classes/report-csv";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ error: "notFound" }, { status: 404, headers: { "Cache-Control": "no-store" } });

export const GET = withCaller<{ classId: string; assignmentId: string }>("teacher", async (request, { user, params }) => {
  const { classId, assignmentId } = await params;
  const id = rowIdSchema.safeParse(assignmentId);
  const report = id.success ? await loadAssignmentReport(user!, id.data) : null;
  if (!report || report.assignment.classId !== classId) return notFound();
  const locale = request.nextUrl.searchParams.get("locale") === "en" ? "en" : "ja";
  const t = await getTranslations({ locale, namespace: "Assign" });
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  const rows: (string | number | null)[][] = [
    [t("report.student"), t("report.status"), t("report.score"), ...report.questions.map((q) => t("report.question", { number: q.position + 1 }))],
    ...report.students.map((s) => [s.name, t(`status.${s.status}`), percent(s.score), ...s.cells.map((c) => t(`cells.${c}`))]),
    [t("report.right"), null, percent(report.meanScore), ...report.questions.map((q) => percent(q.shareRight))],
  ];
  const filename = `assignment-${report.assignment.id}.csv`;
  return new Response(toCsv(rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
});

import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { withCaller } from "@/app/_actions/safe-action";
import { loadGameReport } from "@/app/_data/live/service";
import { toCsv } from "@/app/_domain/live/game-report";
import { sessionIdSchema } from "@/app/_schemas/live";

/** GET /api/live/host/ID/report?locale=ja|en: the game's report as CSV (UTF-8 with BOM), headers in that language. */
export const GET = withCaller<{ sessionId: string }>("teacher", async (request: NextRequest, { user, params }) => {
  const { sessionId } = await params;
  const locale = request.nextUrl.searchParams.get("locale") === "en" ? "en" : "ja";
  const t = await getTranslations({ locale, namespace: "LiveReport" });
  const report = sessionIdSchema.safeParse(sessionId).success
    ? await loadGameReport(user!, sessionId, locale, { true: t("true"), false: t("false") })
    : null;
  if (!report) return NextResponse.json({ error: "notFound" }, { status: 404, headers: { "cache-control": "no-store" } });
  const ms = (v: number | null) => (v === null ? null : (v / 1000).toFixed(1));
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 100));
  const csv = toCsv([
    [t("csv.section"), t("csv.rank"), t("csv.nickname"), t("csv.score"), t("csv.right"), t("csv.answered"), t("csv.meanSeconds")],
    ...report.players.map((p) => [t("csv.player"), p.rank, p.nickname, p.score, p.rightCount, p.answered, ms(p.meanMs)]),
    [],
    [t("csv.section"), t("csv.number"), t("csv.question"), t("csv.shareRight"), t("csv.answered"), t("csv.commonWrong"), t("csv.facts"), t("csv.passage")],
    ...report.questions.map((q) => [t("csv.questionRow"), q.index + 1, q.prompt, pct(q.shareRight), q.answered, q.commonWrong, q.factKeys.join(" "), q.passage]),
  ]);
  return new NextResponse(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="live-${report.joinCode}.csv"`,
      "cache-control": "no-store",
    },
  });
});

import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { exportFactBase } from "@/app/_data/interchange/service";
import { toAnkiText } from "@/app/_domain/export/anki";

const querySchema = z.object({
  format: z.enum(["json", "csv", "tsv"]).default("json"),
  deck: z.string().trim().min(1).max(120).optional(),
});

/** GET /api/export?format=json|csv|tsv&deck=<key>: the fact base (or one deck) as a download. */
export async function GET(request: NextRequest) {
  const parsed = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "badRequest" }, { status: 400 });
  const { format, deck } = parsed.data;
  const doc = await exportFactBase({ deckKey: deck });
  if (!doc) return NextResponse.json({ error: "deckNotFound" }, { status: 404 });
  const name = `fact-base${deck ? `-${deck}` : ""}`;
  const body = format === "json" ? JSON.stringify(doc, null, 2) + "\n" : toAnkiText(doc, format);
  const type = { json: "application/json", csv: "text/csv", tsv: "text/tab-separated-values" }[format];
  return new NextResponse(body, {
    headers: {
      "content-type": `${type}; charset=utf-8`,
      "content-disposition": `attachment; filename="${name}.${format === "json" ? "json" : format}"`,
      "cache-control": "no-store",
    },
  });
}

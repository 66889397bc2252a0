import { NextResponse, type NextRequest } from "next/server";
import { withCaller } from "@/app/_actions/safe-action";
import { switchLanguage } from "@/app/_data/live/service";
import { languageBodySchema } from "@/app/_schemas/live";

const noStore = { "cache-control": "no-store" };

/** POST /api/live/play/CODE/language {lang}: the player's question language; the seat stays. */
export const POST = withCaller<{ code: string }>("anyone", async (request: NextRequest, { params }) => {
  const { code } = await params;
  const parsed = languageBodySchema.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400, headers: noStore });
  if (!(await switchLanguage(code, parsed.data.lang))) return NextResponse.json({ error: "notSeated" }, { status: 404, headers: noStore });
  return NextResponse.json({ ok: true }, { headers: noStore });
});

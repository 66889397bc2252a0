import { NextResponse, type NextRequest } from "next/server";
import { withCaller } from "@/app/_actions/safe-action";
import { hostCommand } from "@/app/_data/live/service";
import { hostCommandSchema, sessionIdSchema } from "@/app/_schemas/live";

const noStore = { "cache-control": "no-store" };

/** POST /api/live/host/ID/command {type: start|reveal|next|end|remove, playerId?}. */
export const POST = withCaller<{ sessionId: string }>("teacher", async (request: NextRequest, { user, params }) => {
  const { sessionId } = await params;
  const parsed = hostCommandSchema.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success || !sessionIdSchema.safeParse(sessionId).success) return NextResponse.json({ error: "invalid" }, { status: 400, headers: noStore });
  const outcome = await hostCommand(user!, sessionId, parsed.data);
  if (!outcome.ok) return NextResponse.json({ error: outcome.error }, { status: outcome.error === "notFound" ? 404 : 409, headers: noStore });
  return NextResponse.json({ ok: true, version: outcome.version }, { headers: noStore });
});

import { NextResponse, type NextRequest } from "next/server";
import { withCaller } from "@/app/_actions/safe-action";
import { currentSnapshot, hostView } from "@/app/_data/live/service";
import { gameEventStream } from "@/app/_data/live/event-stream";
import { sessionIdSchema } from "@/app/_schemas/live";

export const dynamic = "force-dynamic";

/** GET /api/live/host/ID/events: the host screen's stream (the game's own teacher only). */
export const GET = withCaller<{ sessionId: string }>("teacher", async (request: NextRequest, { user, params }) => {
  const { sessionId } = await params;
  const snapshot = sessionIdSchema.safeParse(sessionId).success ? await currentSnapshot(sessionId) : null;
  if (!snapshot || snapshot.game.hostId !== user!.id) return NextResponse.json({ error: "notFound" }, { status: 404, headers: { "cache-control": "no-store" } });
  return gameEventStream(request, sessionId, (s) => hostView(s));
});

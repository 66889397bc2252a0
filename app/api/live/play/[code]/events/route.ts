import { NextResponse, type NextRequest } from "next/server";
import { withCaller } from "@/app/_actions/safe-action";
import { currentSeat, playerView } from "@/app/_data/live/service";
import { gameEventStream } from "@/app/_data/live/event-stream";

export const dynamic = "force-dynamic";

/** GET /api/live/play/CODE/events: the player's stream (seat cookie), resuming with Last-Event-ID. */
export const GET = withCaller<{ code: string }>("anyone", async (request: NextRequest, { params }) => {
  const { code } = await params;
  const seat = await currentSeat(code);
  if (!seat) return NextResponse.json({ error: "notSeated" }, { status: 404, headers: { "cache-control": "no-store" } });
  const player = { id: seat.playerId, nickname: seat.nickname, lang: seat.lang };
  return gameEventStream(request, seat.sessionId, (snapshot, type) =>
    type === "answer_count" ? null : playerView(snapshot, { ...player, removed: snapshot.game.state.removedPlayerIds.includes(seat.playerId) }),
  );
});

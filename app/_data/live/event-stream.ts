import "server-only";
// One Server-Sent Events stream of a game: the current view first (unless the client's Last-Event-ID
// is already the game's version), then a fresh view after every event on the game's channel, each with
// the game's version as its id. A comment every 15 s keeps proxies from closing an idle stream.
import { parseLastEventId, needsSnapshot } from "../../_domain/live/event-resume";
import { currentSnapshot, subscribeToGame } from "./service";
import type { GameSnapshot } from "./game-views";

const HEARTBEAT_MS = 15_000;

export function gameEventStream(
  request: Request,
  sessionId: string,
  render: (snapshot: GameSnapshot, eventType: string) => unknown | null,
): Response {
  const encoder = new TextEncoder();
  const lastEventId = parseLastEventId(request.headers.get("last-event-id"));
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let sent = lastEventId ?? -1;
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const send = async (atLeast: number, type: string, force: boolean) => {
        const snapshot = await currentSnapshot(sessionId, atLeast).catch(() => null);
        if (!snapshot || closed) return;
        if (!force && snapshot.game.version <= sent) return;
        const data = render(snapshot, type);
        sent = Math.max(sent, snapshot.game.version);
        if (data === null) return;
        write(`id: ${snapshot.game.version}\nevent: state\ndata: ${JSON.stringify(data)}\n\n`);
      };
      const unsubscribe = subscribeToGame(
        sessionId,
        (event) => void send(event.id, event.type, false),
        () => void send(-1, "resync", true),
      );
      const heartbeat = setInterval(() => write(`: keep-alive\n\n`), HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {}
      };
      request.signal.addEventListener("abort", cleanup);
      write(`retry: 1000\n\n`);
      void currentSnapshot(sessionId).then((snapshot) => {
        if (snapshot && needsSnapshot(lastEventId, snapshot.game.version)) void send(-1, "snapshot", true);
      });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}

// The one way live-game events travel from whoever changes a game to every stream watching it.
//
// An event announces a change; it is not the state. Its `id` is the game's version after that change
// (increasing per game, assigned by the caller in the same write as the change), so a reconnecting
// EventSource sends Last-Event-ID, and the stream compares it with the stored version and sends the
// current state first when it is behind. Events are kept small (NOTIFY carries at most 8000 bytes):
// larger things are read from the database by the subscriber. Every event takes a new, higher id, so
// frequent updates such as the live answer count should be throttled (a few per second per game, each
// bumping the version once) rather than sent once per answer.
//
// Delivery is at most once and in publish order per channel and publisher; a subscriber sees each id
// at most once and never an id lower than one it already saw (stale or repeated events are dropped).
// When a subscriber may have missed events (the PostgreSQL listener lost its connection), it is told
// through `onResync`, and should re-read the game from the database.

export interface LiveEvent {
  /** Increasing per channel (the game's version). */
  id: number;
  /** What changed, e.g. "question_opened", "answer_count", "player_joined". */
  type: string;
  /** Small, JSON-serialisable. */
  data?: unknown;
}

export type LiveEventHandler = (event: LiveEvent) => void;

export interface SubscribeOptions {
  /** Called when events may have been missed: read the current state from the database. */
  onResync?: () => void;
}

export interface LiveBroker {
  publish(channel: string, event: LiveEvent): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe(channel: string, handler: LiveEventHandler, options?: SubscribeOptions): () => void;
  /** Resolves once events published from now on reach this process's subscribers. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** The channel of one live game. */
export const gameChannel = (sessionId: string) => `game:${sessionId}`;

/** Encoded event size limit, channel included, under NOTIFY's 8000 bytes with room for the envelope. */
export const MAX_EVENT_BYTES = 7500;

export class EventTooLargeError extends Error {
  constructor(bytes: number) {
    super(`live event of ${bytes} bytes exceeds ${MAX_EVENT_BYTES}: publish an id and let subscribers read the state`);
  }
}

const CHANNEL = /^[A-Za-z0-9_:.-]{1,120}$/;

/** The wire form of an event, checked the same way by every broker so SQLite catches what PG would refuse. */
export function encodeEvent(channel: string, event: LiveEvent): string {
  if (!CHANNEL.test(channel)) throw new Error(`invalid live channel name: ${JSON.stringify(channel)}`);
  if (!Number.isSafeInteger(event.id) || event.id < 0) throw new Error(`invalid live event id: ${event.id}`);
  const text = JSON.stringify({ channel, id: event.id, type: event.type, data: event.data });
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_EVENT_BYTES) throw new EventTooLargeError(bytes);
  return text;
}

export function decodeEvent(text: string): { channel: string; event: LiveEvent } | null {
  try {
    const parsed = JSON.parse(text) as { channel?: unknown; id?: unknown; type?: unknown; data?: unknown };
    if (typeof parsed.channel !== "string" || typeof parsed.id !== "number" || typeof parsed.type !== "string") return null;
    const event: LiveEvent = { id: parsed.id, type: parsed.type };
    if (parsed.data !== undefined) event.data = parsed.data;
    return { channel: parsed.channel, event };
  } catch {
    return null;
  }
}

// The subscribers of one process, by channel: fan-out, per-subscriber id ordering, handler isolation.
// Shared by both brokers, so they deliver identically once an event has reached the process.
import type { LiveEvent, LiveEventHandler, SubscribeOptions } from "./live-broker";

interface Subscriber {
  handler: LiveEventHandler;
  options: SubscribeOptions;
  lastId: number;
}

export class SubscriberRegistry {
  private readonly channels = new Map<string, Set<Subscriber>>();

  add(channel: string, handler: LiveEventHandler, options: SubscribeOptions = {}): () => void {
    const subscriber: Subscriber = { handler, options, lastId: -1 };
    let set = this.channels.get(channel);
    if (!set) this.channels.set(channel, (set = new Set()));
    set.add(subscriber);
    return () => {
      set.delete(subscriber);
      if (set.size === 0 && this.channels.get(channel) === set) this.channels.delete(channel);
    };
  }

  deliver(channel: string, event: LiveEvent): void {
    const set = this.channels.get(channel);
    if (!set) return;
    for (const subscriber of [...set]) {
      if (event.id <= subscriber.lastId) continue; // a repeat or a stale event
      subscriber.lastId = event.id;
      isolate(() => subscriber.handler(event));
    }
  }

  /** Tells every subscriber that events may have been missed. */
  resyncAll(): void {
    for (const set of this.channels.values()) for (const s of [...set]) if (s.options.onResync) isolate(s.options.onResync);
  }

  get size(): number {
    let n = 0;
    for (const set of this.channels.values()) n += set.size;
    return n;
  }

  clear(): void {
    this.channels.clear();
  }
}

/** One failing stream must not stop the others from hearing the event. */
function isolate(fn: () => void) {
  try {
    fn();
  } catch (error) {
    console.error("live event handler failed", error);
  }
}

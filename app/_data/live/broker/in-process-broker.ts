// Events within one server process: enough for SQLite, where only one process serves the app.
// Delivery is asynchronous (a microtask later), like the PostgreSQL broker, so callers cannot come to
// rely on a handler having run before publish returns.
import { encodeEvent, decodeEvent, type LiveBroker } from "./live-broker";
import { SubscriberRegistry } from "./subscriber-registry";

export function createInProcessBroker(): LiveBroker {
  const registry = new SubscriberRegistry();
  let closed = false;
  return {
    async publish(channel, event) {
      if (closed) throw new Error("live broker closed");
      // Round-trips through the wire form so both brokers accept and deliver exactly the same events.
      const decoded = decodeEvent(encodeEvent(channel, event))!;
      await Promise.resolve();
      registry.deliver(decoded.channel, decoded.event);
    },
    subscribe: (channel, handler, options) => registry.add(channel, handler, options),
    ready: async () => {},
    async close() {
      closed = true;
      registry.clear();
    },
  };
}

"use client";
// Follows a game's Server-Sent Events stream. EventSource reconnects by itself and sends Last-Event-ID,
// and the server answers a reconnect with the current state, so a dropped network or a restarted server
// only pauses the screen. The clock offset to the server is kept so countdowns follow the server's clock.
import { useEffect, useRef, useState } from "react";

export function useGameStream<View extends { version: number; serverNow: number }>(url: string, initial: View | null) {
  const [view, setView] = useState<View | null>(initial);
  const [connected, setConnected] = useState(false);
  const offset = useRef(initial ? initial.serverNow - Date.now() : 0);
  useEffect(() => {
    const source = new EventSource(url);
    source.addEventListener("open", () => setConnected(true));
    source.addEventListener("error", () => setConnected(false));
    source.addEventListener("state", (event) => {
      const next = JSON.parse((event as MessageEvent<string>).data) as View;
      offset.current = next.serverNow - Date.now();
      setView((current) => (current && current.version > next.version ? current : next));
    });
    return () => source.close();
  }, [url]);
  return { view, connected, serverNow: () => Date.now() + offset.current };
}

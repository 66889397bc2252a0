// Resuming a game's event stream. Each event's id is the game's version after the change it announces;
// events are not kept, so a stream that (re)connects is brought up to date with a snapshot of the current
// state whenever its Last-Event-ID is not exactly the current version (missing, behind, or from before a
// reset), and then follows live events.

/** The Last-Event-ID header as a version, or null when absent or not a plain non-negative integer. */
export function parseLastEventId(header: string | null | undefined): number | null {
  if (!header || !/^\d{1,15}$/.test(header.trim())) return null;
  return Number(header.trim());
}

export function needsSnapshot(lastEventId: number | null, currentVersion: number): boolean {
  return lastEventId !== currentVersion;
}

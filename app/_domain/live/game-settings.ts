// What the host chooses before a game starts. Validated by the server when a game is created.
import { z } from "zod";

export const MIN_TIMER_SECONDS = 5;
export const MAX_TIMER_SECONDS = 240;

export const gameSettingsSchema = z.object({
  /** Seconds per question, or null for untimed (the host reveals; WCAG 2.2.1 "timing adjustable"). */
  timerSeconds: z.number().int().min(MIN_TIMER_SECONDS).max(MAX_TIMER_SECONDS).nullable(),
  /** Faster right answers earn more; off: every right answer earns the same. */
  speedScoring: z.boolean(),
  /** Whether players may join after the first question has opened. */
  lateJoin: z.boolean(),
});

export type GameSettings = z.infer<typeof gameSettingsSchema>;

export const DEFAULT_GAME_SETTINGS: GameSettings = { timerSeconds: 20, speedScoring: true, lateJoin: true };

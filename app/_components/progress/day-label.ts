import type { DayKey } from "@/app/_domain/srs/learner-day";

/** A learner day as a Date to format in UTC (the key already is the learner's calendar day). */
export const dayDate = (day: DayKey) => new Date(`${day}T00:00:00Z`);

import "server-only";
import { cookies } from "next/headers";
import { db } from "../db";
import { learnerDataSummary } from "../learner-data";
import { DEFAULT_SETTINGS, isValidTimeZone, parseDirections, type CardDirection } from "../../_schemas/account";
import { TIME_ZONE_COOKIE } from "./session-token";
import { getCurrentLearner } from "./current-learner";

export type AccountSettings = { timeZone: string; desiredRetention: number; newCardsPerDay: number; directions: CardDirection[] };

export type AccountOverview =
  | { kind: "visitor"; settings: AccountSettings }
  | { kind: "guest" | "account"; username: string | null; settings: AccountSettings; summary: { cards: number; reviews: number; quizAttempts: number } };

/** What the account page shows about whoever is asking: no ids, no hashes. */
export async function getAccountOverview(): Promise<AccountOverview> {
  const learner = await getCurrentLearner();
  if (!learner) {
    // Before there is a guest, show the zone a new guest would get (the browser's, once known).
    const browserZone = (await cookies()).get(TIME_ZONE_COOKIE)?.value ?? "";
    return { kind: "visitor", settings: { ...DEFAULT_SETTINGS, timeZone: isValidTimeZone(browserZone) ? browserZone : DEFAULT_SETTINGS.timeZone } };
  }
  return {
    kind: learner.username ? "account" : "guest",
    username: learner.username,
    settings: {
      timeZone: learner.timeZone,
      desiredRetention: learner.desiredRetention,
      newCardsPerDay: learner.newCardsPerDay,
      directions: parseDirections(learner.directions),
    },
    summary: await learnerDataSummary(db, learner.id),
  };
}

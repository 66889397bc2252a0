// What the account page shows about whoever is asking: no ids, no hashes.
import type { Db } from "../prisma-client";
import { userDataSummary } from "../user-data";
import { DEFAULT_SETTINGS, parseDirections, type CardDirection } from "../../_schemas/account";
import type { User } from "./user-store";

export type AccountSettings = { timeZone: string; desiredRetention: number; newCardsPerDay: number; directions: CardDirection[] };

export type AccountOverview =
  | { kind: "visitor"; settings: AccountSettings }
  | { kind: "guest" | "account"; username: string | null; settings: AccountSettings; summary: { cards: number; reviews: number; quizAttempts: number } };

/** `browserZone`: before there is a guest, the zone a new guest would get (the browser's, once known). */
export async function accountOverview(db: Db, user: User | null, browserZone: string | null): Promise<AccountOverview> {
  if (!user) return { kind: "visitor", settings: { ...DEFAULT_SETTINGS, timeZone: browserZone ?? DEFAULT_SETTINGS.timeZone } };
  return {
    kind: user.username ? "account" : "guest",
    username: user.username,
    settings: {
      timeZone: user.timeZone,
      desiredRetention: user.desiredRetention,
      newCardsPerDay: user.newCardsPerDay,
      directions: parseDirections(user.directions),
    },
    summary: await userDataSummary(db, user.id),
  };
}

"use server";
// Signs out: the server-side session is deleted, not just the cookie.
import { endSession } from "@/app/_data/auth/current-learner";
import { backToAccount } from "./back-to-account";

export async function signOutAction(): Promise<void> {
  await endSession();
  await backToAccount("signedOut");
}

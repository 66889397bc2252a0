// After a change of identity, back to the account page with a note of what happened (shown there).
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";

export type AccountOutcome = "claimed" | "signedIn" | "signedOut" | "deleted";

export async function backToAccount(done: AccountOutcome): Promise<never> {
  return redirect({ href: { pathname: "/account", query: { done } }, locale: await getLocale() });
}

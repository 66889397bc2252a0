import { useTranslations } from "next-intl";
import { signOutAction } from "@/app/_actions/account/sign-out";

export function SignOutButton() {
  const t = useTranslations("Account.signOut");
  return (
    <form action={signOutAction}>
      <button type="submit" className="button button--secondary">
        {t("submit")}
      </button>
    </form>
  );
}

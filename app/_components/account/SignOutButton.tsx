import { useTranslations } from "next-intl";
import { signOutAction } from "@/app/_actions/account/sign-out";
import { asFormAction } from "@/app/_actions/action-result";

export function SignOutButton() {
  const t = useTranslations("Account.signOut");
  return (
    <form action={asFormAction(signOutAction)}>
      <button type="submit" className="button button--secondary">
        {t("submit")}
      </button>
    </form>
  );
}

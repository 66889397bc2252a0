import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/app/_data/auth/current-user";
import { loadMyAssignments } from "@/app/_data/classes/service";
import { startAssignmentAction } from "@/app/_actions/classes/join-class";
import { asFormAction } from "@/app/_actions/action-result";

/** "Assigned to me": the student's class work with its status, dates in the student's own time zone. */
export async function AssignedToMe() {
  const [user, assignments] = await Promise.all([getCurrentUser(), loadMyAssignments()]);
  if (!user || assignments.length === 0) return null;
  const t = await getTranslations("Assign");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone });
  return (
    <section aria-labelledby="assigned-to-me" className="card">
      <h2 id="assigned-to-me">{t("mine.heading")}</h2>
      <ul>
        {assignments.map((a) => (
          <li key={a.id}>
            <strong>{a.title}</strong> <span className="muted">{a.className}</span>
            <br />
            {t("mine.due", { due: when(a.dueAt) })} · <span>{t(`status.${a.status}`)}</span>
            {a.open ? (
              <form action={asFormAction(startAssignmentAction)}>
                <input type="hidden" name="assignmentId" value={a.id} />
                <button type="submit" className="button" aria-label={t("mine.openNamed", { title: a.title })}>
                  {a.kind === "study" ? t("mine.study") : a.status === "notStarted" ? t("mine.start") : t("mine.open")}
                </button>
              </form>
            ) : (
              <p className="muted">{t("mine.opensAt", { opens: when(a.opensAt) })}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

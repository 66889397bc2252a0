import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/app/_i18n/routing";
import { Link } from "@/app/_i18n/navigation";
import { pick } from "@/app/_i18n/pick";
import { currentTeacher, loadTeachHome } from "@/app/_data/teach/service";
import { loadClassAssignments, loadMissedFacts, loadRoster, loadTeacherClass } from "@/app/_data/classes/service";
import { loadDeckTree } from "@/app/_data/facts/service";
import { rowIdSchema } from "@/app/_schemas/saved-quiz";
import { toLocalInput } from "@/app/_domain/classes/zoned-time";
import { archiveClassAction, removeMemberAction } from "@/app/_actions/classes/manage-class";
import { deleteAssignmentAction } from "@/app/_actions/classes/create-assignment";
import { assignMissedAction } from "@/app/_actions/classes/assign-missed";
import { asFormAction } from "@/app/_actions/action-result";
import { ClassNameForm } from "@/app/_components/classes/ClassNameForm";
import { AssignmentForm } from "@/app/_components/classes/AssignmentForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; classId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Classes" });
  return { title: t("teacher.title"), robots: { index: false } };
}

export default async function TeacherClassPage({ params }: Props) {
  const { locale, classId: rawId } = await params;
  setRequestLocale(locale);
  const teacher = await currentTeacher();
  const id = rowIdSchema.safeParse(rawId);
  const klass = teacher && id.success ? await loadTeacherClass(teacher, id.data) : null;
  if (!teacher || !klass) notFound();
  const t = await getTranslations("Classes");
  const ta = await getTranslations("Assign");
  const format = await getFormatter();
  const [roster, assignments, missed, { quizzes }, decks] = await Promise.all([
    loadRoster(teacher, klass.id),
    loadClassAssignments(teacher, klass.id),
    loadMissedFacts(teacher, klass.id),
    loadTeachHome(teacher),
    loadDeckTree(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: teacher.timeZone });
  const now = new Date();
  const joinPath = `/${locale}/classes/join/${klass.joinCode}`;
  return (
    <div className="page">
      <p>
        <Link href="/teach">{t("teacher.back")}</Link>
      </p>
      <h1>{klass.name}</h1>
      {klass.archived && <p className="alert">{t("teacher.archivedNotice")}</p>}
      <p>
        {t("teacher.code")} <strong className="join-code">{klass.joinCode}</strong>
      </p>
      <p>
        {t("teacher.link")} <code>{joinPath}</code>
      </p>
      <ClassNameForm classId={klass.id} name={klass.name} />
      <form action={asFormAction(archiveClassAction)}>
        <input type="hidden" name="classId" value={klass.id} />
        {!klass.archived && <input type="hidden" name="archive" value={klass.id} />}
        <button type="submit" className="button button--secondary">
          {klass.archived ? t("teacher.restore") : t("teacher.archive")}
        </button>
      </form>

      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading">{t("roster.heading", { count: roster?.length ?? 0 })}</h2>
        {roster && roster.length > 0 ? (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("roster.name")}</th>
                <th scope="col">{t("roster.joined")}</th>
                <th scope="col">{t("roster.lastActive")}</th>
                <th scope="col">{t("roster.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {roster.map((m) => (
                <tr key={m.userId}>
                  <th scope="row">{m.name}</th>
                  <td>{when(m.joinedAt)}</td>
                  <td>{when(m.lastActiveAt)}</td>
                  <td>
                    <form action={asFormAction(removeMemberAction)}>
                      <input type="hidden" name="classId" value={klass.id} />
                      <input type="hidden" name="userId" value={m.userId} />
                      <button type="submit" className="button button--secondary" aria-label={t("roster.removeNamed", { name: m.name })}>
                        {t("roster.remove")}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("roster.empty")}</p>
        )}
      </section>

      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">{ta("heading")}</h2>
        {assignments && assignments.length > 0 ? (
          <ul>
            {assignments.map((a) => (
              <li key={a.id}>
                <Link href={`/teach/classes/${klass.id}/assignments/${a.id}`}>{a.title}</Link>{" "}
                <span className="muted">{ta("summary", { kind: a.kind, opens: when(a.opensAt), due: when(a.dueAt) })}</span>
                <form action={asFormAction(deleteAssignmentAction)}>
                  <input type="hidden" name="classId" value={klass.id} />
                  <input type="hidden" name="assignmentId" value={a.id} />
                  <button type="submit" className="button button--secondary" aria-label={ta("deleteNamed", { title: a.title })}>
                    {ta("delete")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p>{ta("empty")}</p>
        )}
        {!klass.archived && (
          <AssignmentForm
            classId={klass.id}
            timeZone={teacher.timeZone}
            quizzes={quizzes.map((q) => ({ id: q.id, title: q.title }))}
            decks={decks.map((d) => ({ key: d.key, name: pick(locale, d.nameJa, d.nameEn), depth: d.depth }))}
            defaults={{
              opensAt: toLocalInput(now, teacher.timeZone),
              dueAt: toLocalInput(new Date(now.getTime() + 7 * 24 * 3_600_000), teacher.timeZone),
            }}
          />
        )}
      </section>

      <section aria-labelledby="missed-heading">
        <h2 id="missed-heading">{t("missed.heading")}</h2>
        {missed && missed.length > 0 ? (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("missed.fact")}</th>
                <th scope="col">{t("missed.missed")}</th>
              </tr>
            </thead>
            <tbody>
              {missed.map((f) => (
                <tr key={f.factKey}>
                  <th scope="row" lang={locale}>
                    {pick(locale, f.statementJa, f.statementEn)}
                    <blockquote lang="ja" className="muted">{f.passage}</blockquote>
                  </th>
                  <td>{t("missed.share", { missed: f.missed, answered: f.answered })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("missed.empty")}</p>
        )}
        {missed && missed.length > 0 && !klass.archived && (
          <form action={asFormAction(assignMissedAction)}>
            <input type="hidden" name="classId" value={klass.id} />
            <button type="submit" className="button">
              {t("missed.assign")}
            </button>
          </form>
        )}
        <p className="muted">{t("missed.liveNote")}</p>
      </section>
    </div>
  );
}

import { useTranslations } from "next-intl";

/** The final ranking: nicknames are rendered as text, never as markup. */
export function Podium({ rows, heading = true }: { rows: { rank: number; nickname: string; score: number }[]; heading?: boolean }) {
  const t = useTranslations("LivePlay");
  return (
    <section aria-labelledby={heading ? "podium-heading" : undefined} data-testid="podium">
      {heading && <h2 id="podium-heading">{t("podium")}</h2>}
      <ol>
        {rows.map((r) => (
          <li key={r.rank}>
            {t("podiumRow", { rank: r.rank, nickname: r.nickname, score: r.score })}
          </li>
        ))}
      </ol>
    </section>
  );
}

import { useTranslations } from "next-intl";

type Props = { questions: { position: number; shareRight: number | null }[] };

/**
 * Share of students right per question, as an SVG drawn on the server (no client JS); the same numbers
 * are listed with each question's fact and passage below it on the report page.
 */
export function ShareRightChart({ questions }: Props) {
  const t = useTranslations("Assign");
  if (questions.length === 0) return null;
  const barWidth = 28;
  const gap = 8;
  const height = 120;
  const width = questions.length * (barWidth + gap) + gap;
  const hardest = questions.filter((q) => q.shareRight !== null).sort((a, b) => a.shareRight! - b.shareRight!)[0];
  const summary = hardest
    ? t("report.chartLabel", { count: questions.length, number: hardest.position + 1, share: Math.round(hardest.shareRight! * 100) })
    : t("report.chartEmpty");
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height + 20}`} width="100%" style={{ maxWidth: `${width * 2}px` }} role="img" aria-label={summary}>
        <line x1={0} x2={width} y1={height} y2={height} stroke="currentColor" strokeWidth={1} />
        {questions.map((q, i) => {
          const h = (q.shareRight ?? 0) * (height - 4);
          const x = gap + i * (barWidth + gap);
          return (
            <g key={q.position}>
              <rect x={x} y={height - h} width={barWidth} height={h} fill="currentColor" opacity={0.6} />
              <text x={x + barWidth / 2} y={height + 14} fontSize={10} textAnchor="middle" fill="currentColor">
                {q.position + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{summary}</figcaption>
    </figure>
  );
}

/** Tables of goals and effects, and of indicators against baseline and target, with status in words. */
import { type Paragraph, type Table, TextRun } from "docx";
import type { DatedValue, IndicatorResult } from "../../indicators/types.ts";
import { formatNumber, formatPercent } from "../../text/swedish.ts";
import type { RenderContext } from "../context.ts";
import { THRESHOLDS } from "../../indicators/thresholds.ts";
import { GOAL_KIND_LABELS, TOOLS } from "../../../sheets-schema/vocabulary.ts";
import { SEVERAL_GOALS, STATUS_LEGEND, STATUS_SHADING, TABLES } from "../labels.ts";
import { bodyParagraph, bulletParagraph } from "../paragraphs.ts";
import { STYLE } from "../styles.ts";
import { dataTable, type CellValue } from "../tables.ts";

export function goalsTable(ctx: RenderContext): (Paragraph | Table)[] {
  const [goal, status, indicators, activities] = TABLES.goals.headers;
  const rows = ctx.status.goals.map((g): CellValue[] => {
    const tools = TOOLS.filter((t) => (g.activities.byTool[t] ?? 0) > 0).map((t) => `${t} ${g.activities.byTool[t]}`);
    return [
      `${GOAL_KIND_LABELS[g.kind]} ${g.id}: ${g.text}`,
      { text: g.status, shading: STATUS_SHADING[g.status] },
      g.indicators.length > 0 ? g.indicators.join(", ") : TABLES.none,
      tools.length > 0 ? `${g.activities.total} (${tools.join(", ")})` : String(g.activities.total),
    ];
  });
  const sumOverGoals = ctx.status.goals.reduce((sum, g) => sum + g.activities.total, 0);
  const total = ctx.status.activities.total;
  const note = sumOverGoals > total ? [bodyParagraph([new TextRun(SEVERAL_GOALS(sumOverGoals, total))])] : [];
  return [
    ...dataTable(
      TABLES.goals.caption,
      [
        { header: goal, width: 0.5 },
        { header: status, width: 0.13 },
        { header: indicators, width: 0.13 },
        { header: activities, width: 0.24 },
      ],
      rows,
    ),
    ...note,
  ];
}

/** What "i fas", "risk" and "efter" mean, with the thresholds the status is computed with. */
export function statusLegend(): Paragraph[] {
  const points = (gap: number) => Math.round(gap * 100);
  return [
    bodyParagraph([new TextRun(STATUS_LEGEND.intro)], { keepNext: true }),
    ...STATUS_LEGEND.items(points(THRESHOLDS.onTrackGap), points(THRESHOLDS.atRiskGap)).map(([status, meaning], i, all) =>
      bulletParagraph([new TextRun({ text: status, style: STYLE.strong }), new TextRun(`: ${meaning}`)], { keepNext: i < all.length - 1 }),
    ),
    bodyParagraph([new TextRun(STATUS_LEGEND.goals)]),
  ];
}

export function indicatorsTable(ctx: RenderContext): (Paragraph | Table)[] {
  if (ctx.status.indicators.length === 0) return [bodyParagraph([new TextRun(TABLES.indicators.none)])];
  const [name, baseline, target, latest, progress, status] = TABLES.indicators.headers;
  const rows = ctx.status.indicators.map((i): CellValue[] => [
    `${i.id} ${i.name} (${i.goal})`,
    dated(i, i.baseline),
    dated(i, i.target),
    dated(i, i.latest),
    i.progress === undefined
      ? TABLES.none
      : TABLES.indicators.progress(
          formatPercent(i.progress),
          i.expectedProgress === undefined ? undefined : formatPercent(i.expectedProgress),
        ),
    { text: i.stale && i.latest ? `${i.status}, ${TABLES.indicators.stale}` : i.status, shading: STATUS_SHADING[i.status] },
  ]);
  return dataTable(
    TABLES.indicators.caption(ctx.status.asOf),
    [
      // The value columns are wide enough for an ISO date on one line (at the table's 9 pt), so dates never break.
      { header: name, width: 0.26 },
      { header: baseline, width: 0.14, numeric: true },
      { header: target, width: 0.14, numeric: true },
      { header: latest, width: 0.14, numeric: true },
      { header: progress, width: 0.17, numeric: true },
      { header: status, width: 0.15 },
    ],
    rows,
  );
}

/** `45 %` above `2024-09-15`; a count's unit (`antal`) goes without saying. */
function dated(indicator: IndicatorResult, value: DatedValue | undefined): string {
  if (!value) return TABLES.none;
  return `${formatNumber(value.value)}${unitSuffix(indicator.unit)}\n${value.date}`;
}

/** One way to write each unit, whatever the sheet says: `procent` and `%` both as ` %`, a count as nothing. */
function unitSuffix(unit: string): string {
  const normalised = unit.trim().toLowerCase();
  if (normalised === "antal" || normalised === "") return "";
  if (normalised === "procent" || normalised === "%") return "\u00a0%";
  return ` ${unit.trim()}`;
}

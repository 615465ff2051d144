/** Tables of goals and effects, and of indicators against baseline and target, with status in words. */
import { type Paragraph, type Table, TextRun } from "docx";
import type { DatedValue, IndicatorResult } from "../../indicators/types.ts";
import { formatNumber, formatPercent } from "../../text/swedish.ts";
import type { RenderContext } from "../context.ts";
import { GOAL_KIND_LABELS, STATUS_SHADING, TABLES, TOOL_ORDER } from "../labels.ts";
import { bodyParagraph } from "../paragraphs.ts";
import { dataTable, type CellValue } from "../tables.ts";

export function goalsTable(ctx: RenderContext): (Paragraph | Table)[] {
  const [goal, status, indicators, activities] = TABLES.goals.headers;
  const rows = ctx.status.goals.map((g): CellValue[] => {
    const tools = TOOL_ORDER.filter((t) => (g.activities.byTool[t] ?? 0) > 0).map((t) => `${t} ${g.activities.byTool[t]}`);
    return [
      `${GOAL_KIND_LABELS[g.kind]} ${g.id}: ${g.text}`,
      { text: g.status, shading: STATUS_SHADING[g.status] },
      g.indicators.length > 0 ? g.indicators.join(", ") : TABLES.none,
      tools.length > 0 ? `${g.activities.total} (${tools.join(", ")})` : String(g.activities.total),
    ];
  });
  return dataTable(TABLES.goals.caption, [
    { header: goal, width: 0.5 },
    { header: status, width: 0.13 },
    { header: indicators, width: 0.13 },
    { header: activities, width: 0.24 },
  ], rows);
}

export function indicatorsTable(ctx: RenderContext): (Paragraph | Table)[] {
  if (ctx.status.indicators.length === 0) return [bodyParagraph([new TextRun(TABLES.indicators.none)])];
  const [name, baseline, target, latest, progress, status] = TABLES.indicators.headers;
  const rows = ctx.status.indicators.map((i): CellValue[] => [
    `${i.id} ${i.name} (${i.goal})`,
    dated(i, i.baseline),
    dated(i, i.target),
    dated(i, i.latest),
    i.progress === undefined ? TABLES.none : `${formatPercent(i.progress)}${i.expectedProgress === undefined ? "" : `\n(${formatPercent(i.expectedProgress)})`}`,
    { text: i.stale && i.latest ? `${i.status}, ${TABLES.indicators.stale}` : i.status, shading: STATUS_SHADING[i.status] },
  ]);
  return dataTable(TABLES.indicators.caption(ctx.status.asOf), [
    { header: name, width: 0.33 },
    { header: baseline, width: 0.12, numeric: true },
    { header: target, width: 0.12, numeric: true },
    { header: latest, width: 0.12, numeric: true },
    { header: progress, width: 0.14, numeric: true },
    { header: status, width: 0.17 },
  ], rows);
}

/** `45 procent` above `2024-09-15`; a count's unit (`antal`) goes without saying. */
function dated(indicator: IndicatorResult, value: DatedValue | undefined): string {
  if (!value) return TABLES.none;
  const unit = indicator.unit === "antal" ? "" : ` ${indicator.unit}`;
  return `${formatNumber(value.value)}${unit}\n${value.date}`;
}

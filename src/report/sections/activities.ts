/** Activities in the period: by tool, and by block with their status and overdue deliverables. */
import { type Paragraph, type Table, TextRun } from "docx";
import { COORDINATION } from "../../indicators/activity-counts.ts";
import { formatDateLong, formatNumber } from "../../text/swedish.ts";
import type { RenderContext } from "../context.ts";
import { ACTIVITIES, BLOCK_STATUS_LABELS, TABLES, TOOL_ORDER } from "../labels.ts";
import { bodyParagraph } from "../paragraphs.ts";
import { dataTable, type CellValue } from "../tables.ts";

export function activitiesByTool(ctx: RenderContext): (Paragraph | Table)[] {
  const { activities, period } = ctx.status;
  const [tool, count] = TABLES.byTool.headers;
  const rows: CellValue[][] = [
    ...TOOL_ORDER.map((t) => [t, formatNumber(activities.byTool[t] ?? 0, 0)]),
    [TABLES.total, formatNumber(activities.total, 0)],
  ];
  return [
    bodyParagraph([new TextRun(ACTIVITIES.summary(activities.total, formatDateLong(period.start), formatDateLong(period.end)))]),
    ...dataTable(TABLES.byTool.caption, [{ header: tool, width: 0.6 }, { header: count, width: 0.4, numeric: true }], rows, { totalRow: true }),
  ];
}

export function activitiesByBlock(ctx: RenderContext): (Paragraph | Table)[] {
  const [name, status, planned, ongoing, done, total, overdue] = TABLES.byBlock.headers;
  const n = (value: number | undefined) => formatNumber(value ?? 0, 0);
  const rows: CellValue[][] = ctx.status.blocks.map((b) => [
    b.name,
    BLOCK_STATUS_LABELS[b.status],
    n(b.activities.planerad),
    n(b.activities.pågående),
    n(b.activities.genomförd),
    n(b.activities.total),
    n(b.deliverables.overdue),
  ]);
  const coordination = ctx.status.activities.byBlock[COORDINATION];
  if (coordination !== undefined) rows.push([TABLES.byBlock.coordination, TABLES.none, TABLES.none, TABLES.none, TABLES.none, n(coordination), TABLES.none]);
  return dataTable(TABLES.byBlock.caption, [
    { header: name, width: 0.22 },
    { header: status, width: 0.13 },
    { header: planned, width: 0.13, numeric: true },
    { header: ongoing, width: 0.13, numeric: true },
    { header: done, width: 0.15, numeric: true },
    { header: total, width: 0.09, numeric: true },
    { header: overdue, width: 0.15, numeric: true },
  ], rows);
}

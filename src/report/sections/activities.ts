/** Activities in the period: by tool, and by block with their status and overdue deliverables. */
import { type Paragraph, type Table, TextRun } from "docx";
import { COORDINATION } from "../../indicators/activity-counts.ts";
import type { ActivityCounts } from "../../indicators/types.ts";
import { countOf, formatDateLong, formatNumber } from "../../text/swedish.ts";
import type { RenderContext } from "../context.ts";
import { activitiesSheet } from "../../../sheets-schema/sheets/activities.ts";
import { ACTIVITY_STATUS, TOOLS } from "../../../sheets-schema/vocabulary.ts";
import { ACTIVITIES, BLOCK_STATUS_LABELS, TABLES } from "../labels.ts";
import { bodyParagraph } from "../paragraphs.ts";
import { dataTable, type CellValue } from "../tables.ts";

export function activitiesByTool(ctx: RenderContext): (Paragraph | Table)[] {
  const { activities, period } = ctx.status;
  const [tool, count] = TABLES.byTool.headers;
  const rows: CellValue[][] = [
    ...TOOLS.map((t) => [t, formatNumber(activities.byTool[t] ?? 0, 0)]),
    [TABLES.total, formatNumber(activities.total, 0)],
  ];
  const left = omittedActivities(ctx);
  const summary = ACTIVITIES.summary({
    start: formatDateLong(period.start),
    end: formatDateLong(period.end),
    tookPlace: activities.tookPlace,
    planned: activities.byStatus[ACTIVITY_STATUS.planned] ?? 0,
    plannedDatePassed: activities.plannedDatePassed,
    cancelled: activities.cancelled,
  });
  return [
    bodyParagraph([new TextRun(left ? `${summary} ${left}` : summary)]),
    ...dataTable(
      TABLES.byTool.caption,
      [
        { header: tool, width: 0.6 },
        { header: count, width: 0.4, numeric: true },
      ],
      rows,
      { totalRow: true },
    ),
  ];
}

/** The sentence that says how many activity rows errors keep out of the figures, and where; none when there are none. */
export function omittedActivities(ctx: RenderContext): string | undefined {
  const own = ctx.programme.omitted.filter((o) => o.sheet.toLocaleLowerCase("sv") === activitiesSheet.name.toLocaleLowerCase("sv"));
  const rows = own.reduce((n, o) => n + o.rows, 0);
  if (rows === 0) return undefined;
  return ACTIVITIES.omitted(countOf(rows, "rad", "rader"), own.map((o) => `${o.workbook} ${formatNumber(o.rows, 0)}`).join(", "));
}

export function activitiesByBlock(ctx: RenderContext): (Paragraph | Table)[] {
  const [name, status, planned, ongoing, done, total, cancelled, overdue] = TABLES.byBlock.headers;
  const n = (value: number | undefined) => formatNumber(value ?? 0, 0);
  const rows: CellValue[][] = ctx.status.blocks.map((b) => [
    b.name,
    BLOCK_STATUS_LABELS[b.status],
    plannedCell(b.activities),
    n(b.activities.byStatus[ACTIVITY_STATUS.ongoing]),
    n(b.activities.byStatus[ACTIVITY_STATUS.done]),
    n(b.activities.total),
    n(b.activities.cancelled),
    n(b.deliverables.overdue),
  ]);
  const coordination = ctx.status.activities.byBlock[COORDINATION];
  if (coordination !== undefined)
    rows.push([TABLES.byBlock.coordination, TABLES.none, TABLES.none, TABLES.none, TABLES.none, n(coordination), TABLES.none, TABLES.none]);
  const anyPassed = ctx.status.blocks.some((b) => b.activities.plannedDatePassed > 0);
  const left = omittedActivities(ctx);
  return [
    ...dataTable(
      TABLES.byBlock.caption,
      [
        { header: name, width: 0.2 },
        { header: status, width: 0.12 },
        { header: planned, width: 0.13, numeric: true },
        { header: ongoing, width: 0.11, numeric: true },
        { header: done, width: 0.12, numeric: true },
        { header: total, width: 0.08, numeric: true },
        { header: cancelled, width: 0.1, numeric: true },
        { header: overdue, width: 0.14, numeric: true },
      ],
      rows,
    ),
    ...(anyPassed ? [bodyParagraph([new TextRun(TABLES.byBlock.plannedPassedNote)])] : []),
    ...(left ? [bodyParagraph([new TextRun(left)])] : []),
  ];
}

/** `3` or, when some of them should already have happened, `3 (1 passerat)`. */
function plannedCell(counts: ActivityCounts): string {
  const planned = formatNumber(counts.byStatus[ACTIVITY_STATUS.planned] ?? 0, 0);
  return counts.plannedDatePassed > 0 ? `${planned}\n${TABLES.byBlock.plannedPassed(counts.plannedDatePassed)}` : planned;
}

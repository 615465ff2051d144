/** The budget per year against the allocation, and how far it is spent against an even pace. */
import { type Paragraph, type Table, TextRun } from "docx";
import { formatKronor, formatPercent } from "../../text/swedish.ts";
import type { RenderContext } from "../context.ts";
import { BUDGET, TABLES } from "../labels.ts";
import { bodyParagraph } from "../paragraphs.ts";
import { dataTable, type CellValue } from "../tables.ts";

export function budgetTable(ctx: RenderContext): (Paragraph | Table)[] {
  const assignment = ctx.status.assignment;
  if (!assignment || assignment.budget.years.length === 0) return [bodyParagraph([new TextRun(BUDGET.none)])];
  const { budget } = assignment;
  const [year, status, allocated, spent, share] = TABLES.budget.headers;
  const rows: CellValue[][] = [
    ...budget.years.map((y) => [
      String(y.year),
      y.status,
      formatKronor(y.allocated),
      y.spent === undefined ? TABLES.none : formatKronor(y.spent),
      y.spentShare === undefined ? TABLES.none : formatPercent(y.spentShare),
    ]),
    [TABLES.total, TABLES.none, formatKronor(budget.allocatedTotal), formatKronor(budget.spentTotal), TABLES.none],
  ];
  const summary =
    budget.spentShareToDate === undefined
      ? []
      : [
          bodyParagraph([
            new TextRun(
              BUDGET.summary(
                formatKronor(budget.spentTotal),
                formatKronor(budget.allocatedToDate),
                formatPercent(budget.spentShareToDate),
                budget.expectedShareToDate === undefined ? undefined : formatPercent(budget.expectedShareToDate),
              ),
            ),
          ]),
        ];
  return [
    ...summary,
    ...dataTable(
      TABLES.budget.caption,
      [
        { header: year, width: 0.12 },
        { header: status, width: 0.16 },
        { header: allocated, width: 0.26, numeric: true },
        { header: spent, width: 0.26, numeric: true },
        { header: share, width: 0.2, numeric: true },
      ],
      rows,
      { totalRow: true },
    ),
  ];
}

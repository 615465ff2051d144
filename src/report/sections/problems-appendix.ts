/**
 * The appendix of a draft: every problem in the workbooks (with workbook and
 * place) and everything the report found missing (with the heading it is
 * under), so nothing is left only as a mark somewhere in the text.
 */
import { type Paragraph, type Table, TextRun } from "docx";
import { countOf } from "../../text/swedish.ts";
import { placeOf } from "../../validation/place.ts";
import type { Problem } from "../../validation/problem.ts";
import type { MissingItem, RenderContext } from "../context.ts";
import { headingParagraph } from "../headings.ts";
import { DRAFT, TABLES } from "../labels.ts";
import { bodyParagraph } from "../paragraphs.ts";
import { dataTable, type CellValue } from "../tables.ts";

export function problemsAppendix(problems: readonly Problem[], missing: readonly MissingItem[], ctx: RenderContext): (Paragraph | Table)[] {
  const { draft } = ctx.outline;
  const heading = headingParagraph(ctx, 1, draft.appendixHeading, { numbered: false, pageBreakBefore: true });
  const [workbook, place, kind, message] = DRAFT.headers;
  const rows: CellValue[][] = [
    ...[...problems]
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1))
      .map((p) => [p.workbook, placeOf(p) || TABLES.none, DRAFT.severity[p.severity], p.message]),
    ...missing.map((m) => [DRAFT.inReport, m.where, DRAFT.severity.missing, m.message]),
  ];
  const omitted = ctx.programme.omitted.map((o) => DRAFT.omittedItem(o.workbook, o.sheet, countOf(o.rows, "rad", "rader")));
  return [
    heading,
    bodyParagraph([new TextRun(draft.appendixIntro)]),
    ...(omitted.length
      ? [bodyParagraph([new TextRun(DRAFT.omittedIntro)]), ...omitted.map((line) => bodyParagraph([new TextRun(line)]))]
      : []),
    ...dataTable(
      draft.appendixHeading,
      [
        { header: workbook, width: 0.2 },
        { header: place, width: 0.22 },
        { header: kind, width: 0.13 },
        { header: message, width: 0.45 },
      ],
      rows,
    ),
  ];
}

/**
 * Accessible data tables: a caption above, a header row marked as such (and
 * repeated on every page), rows that never split across pages, numbers
 * aligned right. Status is always written as a word; a shading only helps.
 */
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { captionParagraph } from "./captions.ts";
import { STYLE, TEXT_WIDTH } from "./styles.ts";
import { breakable } from "./breakable.ts";

export interface Column {
  readonly header: string;
  /** Share of the text width, 0–1. */
  readonly width: number;
  readonly numeric?: boolean;
}

export type CellValue = string | { readonly text: string; readonly shading?: string; readonly bold?: boolean };

const HEADER_SHADING = "E5E7EB";
/** Tables up to this many rows are kept on one page; longer ones break between rows, the header repeated. */
const KEEP_TOGETHER_ROWS = 6;

/** A captioned table; the last row is set in bold when `totalRow` is on. */
export function dataTable(
  caption: string,
  columns: readonly Column[],
  rows: readonly (readonly CellValue[])[],
  options: { totalRow?: boolean } = {},
): (Paragraph | Table)[] {
  const widths = columns.map((c) => Math.round(c.width * TEXT_WIDTH));
  const together = rows.length <= KEEP_TOGETHER_ROWS;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) =>
      cell({ text: c.header, shading: HEADER_SHADING }, widths[i] ?? 0, c.numeric === true, STYLE.tableHeading, true),
    ),
  });
  const body = rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) => {
          const value = row[i] ?? "";
          const bold = options.totalRow === true && r === rows.length - 1;
          const content = typeof value === "string" ? { text: value, bold } : { ...value, bold: value.bold ?? bold };
          return cell(content, widths[i] ?? 0, c.numeric === true, STYLE.tableText, together && r < rows.length - 1);
        }),
      }),
  );
  return [
    captionParagraph("table", caption),
    new Table({ rows: [header, ...body], columnWidths: widths, width: { size: TEXT_WIDTH, type: WidthType.DXA } }),
  ];
}

function cell(
  value: { readonly text: string; readonly shading?: string; readonly bold?: boolean },
  width: number,
  numeric: boolean,
  style: string,
  keepNext: boolean,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(value.shading ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: value.shading } } : {}),
    children: [
      new Paragraph({
        style,
        ...(numeric ? { alignment: AlignmentType.RIGHT } : {}),
        ...(keepNext ? { keepNext: true } : {}),
        // A line break in the text is a line break in the cell (e.g. a value above its date).
        children: value.text
          .split("\n")
          .map((line, i) => new TextRun({ text: breakable(line), ...(i > 0 ? { break: 1 } : {}), ...(value.bold ? { bold: true } : {}) })),
      }),
    ],
  });
}

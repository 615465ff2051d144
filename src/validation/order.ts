import { blockWorkbook, centralWorkbook } from "../../sheets-schema/index.ts";
import type { WorkbookInfo } from "../domain/model.ts";
import { columnIndex } from "../sources/raw-workbook.ts";
import { normaliseHeader } from "./read-sheet.ts";
import type { Problem } from "./problem.ts";

const SHEET_ORDER = {
  central: Object.values(centralWorkbook).map((s) => normaliseHeader(s.name)),
  block: Object.values(blockWorkbook).map((s) => normaliseHeader(s.name)),
};

/**
 * The order every list of problems is shown in: workbook by workbook as the
 * source names them, errors before warnings, then sheet (in the layout's
 * order), row and column, so that staff can work down the list in the
 * workbook. Problems about a whole file come first in their workbook.
 */
export function inReadingOrder(problems: readonly Problem[], workbooks: readonly WorkbookInfo[]): Problem[] {
  const rank = new Map(workbooks.map((w, i) => [w.name, i]));
  const central = new Set(workbooks.filter((w) => w.owner === null).map((w) => w.name));
  const sheetRank = (p: Problem): number => {
    if (p.sheet === undefined) return -1;
    const order = central.has(p.workbook) ? SHEET_ORDER.central : SHEET_ORDER.block;
    const i = order.indexOf(normaliseHeader(p.sheet));
    return i < 0 ? order.length : i;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        (rank.get(a.p.workbook) ?? 1e9) - (rank.get(b.p.workbook) ?? 1e9) ||
        severityRank(a.p) - severityRank(b.p) ||
        sheetRank(a.p) - sheetRank(b.p) ||
        (a.p.sheet ?? "").localeCompare(b.p.sheet ?? "", "sv") ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        (a.p.column ? columnIndex(a.p.column) : -1) - (b.p.column ? columnIndex(b.p.column) : -1) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}

function severityRank(p: Problem): number {
  return p.severity === "error" ? 0 : 1;
}

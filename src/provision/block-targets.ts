import type { RefTarget } from "../../sheets-schema/index.ts";
import { spreadsheetIdOf } from "../sources/google/spreadsheet-ref.ts";
import type { CentralRows } from "../validation/checks/all-rows.ts";
import type { IdLists } from "./plan.ts";

/** A row of the central sheet Byggstenar, as setting up its spreadsheet needs it. */
export interface BlockTarget {
  readonly id: string;
  readonly name: string;
  readonly ownerName?: string;
  readonly ownerEmail?: string;
  /** The spreadsheet column Arbetsbok already names, if it names one. */
  readonly existingId?: string;
  /** Where its address is written back: the cell of column Arbetsbok on the row, e.g. `'Byggstenar'!I5`. */
  readonly workbookCell: string;
}

const WORKBOOK_HEADER_FALLBACK = "I";

/** Every block of the central workbook, in its order, with what column Arbetsbok already says. */
export function blockTargets(rows: CentralRows): BlockTarget[] {
  return [...rows.blocks]
    .sort((a, b) => a.value.order - b.value.order)
    .map(({ value: b, at }) => {
      const existingId = b.workbook ? spreadsheetIdOf(b.workbook) : undefined;
      const letter = at.columns["workbook"]?.letter ?? WORKBOOK_HEADER_FALLBACK;
      return {
        id: b.id,
        name: b.name,
        ...(b.owner ? { ownerName: b.owner } : {}),
        ...(b.ownerEmail ? { ownerEmail: b.ownerEmail } : {}),
        ...(existingId ? { existingId } : {}),
        workbookCell: `'${at.sheet.replace(/'/g, "''")}'!${letter}${at.row}`,
      };
    });
}

/** The ids a block workbook's drop-down lists offer: the central workbook's goals, indicators, reports, blocks and sources. */
export function idListsOf(rows: CentralRows): IdLists {
  const lists: Record<RefTarget, readonly string[]> = {
    goal: rows.goals.map((r) => r.value.id),
    indicator: rows.indicators.map((r) => r.value.id),
    report: rows.reports.map((r) => String(r.value.number)),
    block: rows.blocks.map((r) => r.value.id),
    source: rows.sources.map((r) => r.value.id),
    recommendation: rows.recommendations.map((r) => r.value.id),
  };
  return lists;
}

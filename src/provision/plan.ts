import { centralIdRanges, LIST_HEADERS, LIST_ORDER, listsIdRanges } from "../../sheets-schema/id-ranges.ts";
import {
  columnsOf,
  INSTRUCTIONS_SHEET,
  LISTS_SHEET,
  workbookLayouts,
  type AnySheet,
  type RefTarget,
  type WorkbookKind,
} from "../../sheets-schema/index.ts";
import { inputCheckOf, type InputCheck } from "../../sheets-schema/input-rule.ts";
import { INSTRUCTION_HEADER, INSTRUCTION_WIDTHS, instructionRows } from "../../sheets-schema/instruction-rows.ts";

/** Rows below the header that get data validation in a new spreadsheet. */
export const CHECKED_ROWS = 1000;

/** The spreadsheet a plan entry stands for: the central one, or one block's. */
export type SpreadsheetKey = "central" | `block:${string}`;

export interface ColumnCheck {
  /** 0-based column index. */
  readonly column: number;
  readonly check: InputCheck;
  /** For id references: the A1 range (with sheet) that holds the allowed ids. */
  readonly listRange?: string;
}

export interface SheetPlan {
  readonly title: string;
  /** Chosen by us, so that one batchUpdate can create the sheet and refer to it. */
  readonly sheetId: number;
  readonly hidden: boolean;
  readonly header: readonly string[];
  /** The column's help on its header cell (a note), so staff see it where they type. */
  readonly headerNotes: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** Content lägesbild owns (instructions, id lists): rewritten on every rerun. */
  readonly ownContent: boolean;
  /** The header row is protected: only the coordinator may change it. */
  readonly protectHeader: boolean;
  readonly requiredColumns: readonly number[];
  readonly checks: readonly ColumnCheck[];
}

export interface SpreadsheetPlan {
  readonly key: SpreadsheetKey;
  readonly kind: WorkbookKind;
  readonly title: string;
  readonly sheets: readonly SheetPlan[];
}

/** Ids a block spreadsheet's drop-down lists offer, from the central workbook. */
export type IdLists = Partial<Record<RefTarget, readonly string[]>>;

export const SPREADSHEET_TITLE_PREFIX = "lägesbild";

/** The central spreadsheet: every sheet of the schema, Instruktioner first, id drop-downs pointing at its own sheets. */
export function planCentralSpreadsheet(): SpreadsheetPlan {
  const layout = workbookLayouts.central;
  const ranges = centralIdRanges(layout, CHECKED_ROWS + 1);
  return {
    key: "central",
    kind: "central",
    title: `${SPREADSHEET_TITLE_PREFIX} – central`,
    sheets: [instructionsSheet(layout), ...dataSheets(layout, ranges)],
  };
}

/** One block's spreadsheet: its sheets, Instruktioner, and a hidden Listor sheet with the central ids its drop-downs offer. */
export function planBlockSpreadsheet(block: { readonly id: string; readonly name: string }, lists: IdLists): SpreadsheetPlan {
  const layout = workbookLayouts.block;
  const { sheet, ranges } = listsSheet(lists);
  return {
    key: `block:${block.id}`,
    kind: "block",
    title: `${SPREADSHEET_TITLE_PREFIX} – ${block.name}`,
    sheets: [instructionsSheet(layout), ...dataSheets(layout, ranges), sheet],
  };
}

const FIRST_SHEET_ID = 1001;

function dataSheets(layout: Readonly<Record<string, AnySheet>>, ranges: Partial<Record<RefTarget, string>>): SheetPlan[] {
  return Object.values(layout).map((spec, i) => {
    const columns = columnsOf(spec);
    const checks: ColumnCheck[] = [];
    columns.forEach((c, column) => {
      const check = inputCheckOf(c.meta);
      if (!check) return;
      if (check.rule.kind !== "ref") return void checks.push({ column, check });
      const listRange = ranges[check.rule.target];
      if (listRange) checks.push({ column, check, listRange });
    });
    return {
      title: spec.name,
      sheetId: FIRST_SHEET_ID + i,
      hidden: false,
      header: columns.map((c) => c.meta.header),
      headerNotes: columns.map((c) => `${c.meta.help}${c.required ? " Obligatorisk." : ""}`),
      rows: [],
      ownContent: false,
      widths: columns.map((c) => c.meta.width),
      protectHeader: true,
      requiredColumns: columns.flatMap((c, index) => (c.required ? [index] : [])),
      checks,
    };
  });
}

function instructionsSheet(layout: Readonly<Record<string, AnySheet>>): SheetPlan {
  return {
    title: INSTRUCTIONS_SHEET,
    sheetId: 0,
    hidden: false,
    header: [...INSTRUCTION_HEADER],
    headerNotes: [],
    rows: instructionRows(layout).map((r) => r.cells),
    ownContent: true,
    widths: [...INSTRUCTION_WIDTHS],
    protectHeader: false,
    requiredColumns: [],
    checks: [],
  };
}

const LISTS_SHEET_ID = 999;

function listsSheet(lists: IdLists): { sheet: SheetPlan; ranges: Partial<Record<RefTarget, string>> } {
  const ranges = listsIdRanges(lists, LISTS_SHEET);
  const longest = Math.max(0, ...LIST_ORDER.map((t) => lists[t]?.length ?? 0));
  const rows = Array.from({ length: longest }, (_, r) => LIST_ORDER.map((t) => lists[t]?.[r] ?? ""));
  const sheet: SheetPlan = {
    title: LISTS_SHEET,
    sheetId: LISTS_SHEET_ID,
    hidden: true,
    header: LIST_ORDER.map((t) => LIST_HEADERS[t]),
    headerNotes: [],
    rows,
    ownContent: true,
    widths: LIST_ORDER.map(() => 16),
    protectHeader: true,
    requiredColumns: [],
    checks: [],
  };
  return { sheet, ranges };
}

import ExcelJS from "exceljs";
import {
  columnsOf,
  INSTRUCTIONS_SHEET,
  LISTS_SHEET,
  workbookLayouts,
  type AnySheet,
  type ColumnSpec,
  type RefTarget,
  type WorkbookKind,
} from "../../../sheets-schema/index.ts";
import { cellForWriting } from "./cell-for-writing.ts";
import { INSTRUCTION_HEADER, INSTRUCTION_WIDTHS, instructionRows } from "../../../sheets-schema/instruction-rows.ts";

/** Rows per sheet key (e.g. `activities`), each row by field name. */
export type WorkbookContent = Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;

/** Ids a block workbook's drop-down lists offer, taken from the central workbook. */
export type ReferenceLists = Partial<Record<RefTarget, readonly string[]>>;

export interface BuildOptions {
  readonly content?: WorkbookContent;
  /** Adds the Instruktioner sheet (blank workbooks for staff). */
  readonly instructions?: boolean;
  readonly lists?: ReferenceLists;
}

/** Rows that get drop-down lists and formats in a blank workbook. */
const VALIDATED_ROWS = 1000;
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F1" } } as const;

/**
 * A workbook with the schema's layout: Swedish headers, frozen and styled
 * header row, column widths, drop-down lists for enumerations and id
 * references, date formats, and optionally the instructions sheet.
 */
export function buildWorkbook(kind: WorkbookKind, options: BuildOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "lägesbild";
  const layout = workbookLayouts[kind];
  const idColumns = kind === "central" ? centralIdRanges(layout) : listsIdRanges(options.lists);
  if (options.instructions) addInstructions(workbook, layout);
  for (const [key, spec] of Object.entries(layout)) {
    addSheet(workbook, spec, options.content?.[key] ?? [], idColumns);
  }
  if (kind === "block" && options.lists) addLists(workbook, options.lists);
  return workbook;
}

function addSheet(
  workbook: ExcelJS.Workbook,
  spec: AnySheet,
  rows: readonly Readonly<Record<string, unknown>>[],
  idRanges: Partial<Record<RefTarget, string>>,
): void {
  const columns = columnsOf(spec);
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.meta.header, key: c.field, width: c.meta.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell, col) => {
    cell.fill = HEADER_FILL;
    const c = columns[col - 1];
    if (c) cell.note = `${c.meta.help}${c.required ? " Obligatorisk." : ""}`;
  });
  for (const row of rows) {
    sheet.addRow(columns.map((c) => cellForWriting(row[c.field], c.meta)));
  }
  columns.forEach((c, i) => formatColumn(sheet, c, i + 1, Math.max(VALIDATED_ROWS, rows.length + 1), idRanges));
}

function formatColumn(
  sheet: ExcelJS.Worksheet,
  c: ColumnSpec,
  col: number,
  lastRow: number,
  idRanges: Partial<Record<RefTarget, string>>,
): void {
  const letter = sheet.getColumn(col).letter;
  const range = `${letter}2:${letter}${lastRow}`;
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  if (c.meta.kind === "date") sheet.getColumn(col).numFmt = "yyyy-mm-dd";
  if (c.meta.kind === "markup" || c.meta.kind === "text") sheet.getColumn(col).alignment = { wrapText: true, vertical: "top" };
  const values = c.meta.kind === "enum" ? c.meta.values : c.meta.kind === "boolean" ? ["ja", "nej"] : undefined;
  if (values) {
    validations.add(range, {
      type: "list",
      allowBlank: true,
      formulae: [`"${values.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: c.meta.header,
      error: `Välj ett av värdena: ${values.join(", ")}.`,
    });
    return;
  }
  const target = c.meta.kind === "ref" ? c.meta.refersTo : undefined;
  const source = target ? idRanges[target] : undefined;
  if (source) {
    validations.add(range, {
      type: "list",
      allowBlank: true,
      formulae: [source],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: c.meta.header,
      error: "Värdet finns inte i listan. Kontrollera id:t.",
    });
  }
}

function centralIdRanges(layout: Readonly<Record<string, AnySheet>>): Partial<Record<RefTarget, string>> {
  const rangeOf = (sheetKey: string): string | undefined => {
    const spec = layout[sheetKey];
    if (!spec?.key) return undefined;
    const index = columnsOf(spec).findIndex((c) => c.field === spec.key);
    const letter = String.fromCharCode(65 + index);
    return `'${spec.name}'!$${letter}$2:$${letter}$${VALIDATED_ROWS}`;
  };
  const ranges: Partial<Record<RefTarget, string>> = {};
  const pairs: [RefTarget, string][] = [["goal", "goals"], ["indicator", "indicators"], ["block", "blocks"], ["report", "reports"], ["source", "sources"]];
  for (const [target, key] of pairs) {
    const r = rangeOf(key);
    if (r) ranges[target] = r;
  }
  return ranges;
}

const LIST_ORDER: readonly RefTarget[] = ["goal", "indicator", "report", "block", "source"];
const LIST_HEADERS: Record<RefTarget, string> = { goal: "Mål", indicator: "Indikatorer", report: "Rapporter", block: "Byggstenar", source: "Källor" };

function listsIdRanges(lists: ReferenceLists | undefined): Partial<Record<RefTarget, string>> {
  if (!lists) return {};
  const ranges: Partial<Record<RefTarget, string>> = {};
  LIST_ORDER.forEach((target, i) => {
    const ids = lists[target];
    if (!ids || ids.length === 0) return;
    const letter = String.fromCharCode(65 + i);
    ranges[target] = `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${ids.length + 1}`;
  });
  return ranges;
}

function addLists(workbook: ExcelJS.Workbook, lists: ReferenceLists): void {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  LIST_ORDER.forEach((target, i) => {
    const column = sheet.getColumn(i + 1);
    column.values = [LIST_HEADERS[target], ...(lists[target] ?? [])];
  });
}

function addInstructions(workbook: ExcelJS.Workbook, layout: Readonly<Record<string, AnySheet>>): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = INSTRUCTION_HEADER.map((header, i) => ({ header, width: INSTRUCTION_WIDTHS[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of instructionRows(layout)) {
    const added = sheet.addRow([...row.cells]);
    if (row.isSheet) added.font = { bold: true };
  }
  sheet.getColumn(5).alignment = { wrapText: true, vertical: "top" };
}

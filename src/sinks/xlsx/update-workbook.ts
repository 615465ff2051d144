/**
 * Brings a workbook in use up to the current layout without touching what
 * staff entered: sheets and columns the schema has gained are added after
 * the existing ones, and a block workbook's drop-down lists are refreshed
 * from the central workbook. Nothing is removed, moved or rewritten.
 */
import ExcelJS from "exceljs";
import { columnsOf, LISTS_SHEET, workbookLayouts, type RefTarget, type WorkbookKind } from "../../../sheets-schema/index.ts";
import { addLists, addSheet, formatColumn, listsIdRanges, styleHeader, VALIDATED_ROWS, type ReferenceLists } from "./build-workbook.ts";

export interface WorkbookUpdate {
  readonly workbook: ExcelJS.Workbook;
  /** `Aktiviteter: Rapporttyp`, in the order added. */
  readonly addedColumns: readonly { readonly sheet: string; readonly header: string }[];
  readonly addedSheets: readonly string[];
  readonly listsRefreshed: boolean;
}

export async function updateWorkbook(path: string, kind: WorkbookKind, lists?: ReferenceLists): Promise<WorkbookUpdate> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const idRanges = kind === "block" ? listsIdRanges(lists) : {};
  const addedColumns: { sheet: string; header: string }[] = [];
  const addedSheets: string[] = [];
  for (const spec of Object.values(workbookLayouts[kind])) {
    const sheet = sheetNamed(workbook, spec.name);
    if (!sheet) {
      addSheet(workbook, spec, [], idRanges);
      addedSheets.push(spec.name);
      continue;
    }
    const headers = headerColumns(sheet);
    let next = Math.max(0, ...headers.values()) + 1;
    const lastRow = Math.max(VALIDATED_ROWS, sheet.rowCount);
    for (const c of columnsOf(spec)) {
      let col = headers.get(normalise(c.meta.header));
      if (col === undefined) {
        col = next++;
        const cell = sheet.getRow(1).getCell(col);
        cell.value = c.meta.header;
        styleHeader(cell, c);
        sheet.getColumn(col).width = c.meta.width;
        formatColumn(sheet, c, col, lastRow, idRanges);
        addedColumns.push({ sheet: sheet.name, header: c.meta.header });
      } else if (kind === "block" && lists && c.meta.kind === "ref") {
        refreshList(sheet, col, c.meta.refersTo, idRanges, c, lastRow);
      }
    }
  }
  let listsRefreshed = false;
  if (kind === "block" && lists) {
    const old = workbook.getWorksheet(LISTS_SHEET);
    if (old) workbook.removeWorksheet(old.id);
    addLists(workbook, lists);
    listsRefreshed = true;
  }
  return { workbook, addedColumns, addedSheets, listsRefreshed };
}

/** Replaces a column's drop-down list with the current one; the cells keep their values. */
function refreshList(
  sheet: ExcelJS.Worksheet,
  col: number,
  target: RefTarget | undefined,
  idRanges: Partial<Record<RefTarget, string>>,
  c: Parameters<typeof formatColumn>[1],
  lastRow: number,
): void {
  if (!target) return;
  const letter = sheet.getColumn(col).letter;
  const model = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  const own = new RegExp(`^${letter}\\d+(:${letter}\\d+)?$`);
  for (const address of Object.keys(model)) if (own.test(address)) delete model[address];
  formatColumn(sheet, c, col, lastRow, idRanges);
}

/** Each header of the first row by its normalised text, with its 1-based column. */
function headerColumns(sheet: ExcelJS.Worksheet): Map<string, number> {
  const found = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = normalise(cell.text ?? "");
    if (text && !found.has(text)) found.set(text, col);
  });
  return found;
}

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((w) => normalise(w.name) === normalise(name));
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLocaleLowerCase("sv");
}

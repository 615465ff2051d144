export { column, columnMeta, metaOf, isRequired, MAX_CELL_TEXT } from "./column.ts";
export type { CellKind, ColumnMeta, RefTarget } from "./column.ts";
export { defineSheet, columnsOf } from "./sheet.ts";
export type { SheetSpec, AnySheet, ColumnSpec, RowOf } from "./sheet.ts";
export {
  centralWorkbook,
  blockWorkbook,
  workbookLayouts,
  requiredSheets,
  INSTRUCTIONS_SHEET,
  LISTS_SHEET,
  PROBLEMS_SHEET,
} from "./workbooks.ts";
export type { WorkbookKind } from "./workbooks.ts";

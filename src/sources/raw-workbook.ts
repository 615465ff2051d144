/**
 * What an adapter (xlsx file, Google Sheet) hands to validation: cells as they
 * are, with their places, and nothing interpreted yet. Plain data, so that it
 * can cross a worker-thread boundary.
 */

export type CellValue =
  | { readonly kind: "text"; readonly text: string; readonly hyperlink?: string }
  /** `percent`: the cell is formatted as a percentage, so staff see `25 %` where 0.25 is stored. */
  | { readonly kind: "number"; readonly value: number; readonly percent?: true }
  /** A cell the spreadsheet itself stores as a date: ISO date, or date and time to the second. */
  | { readonly kind: "date"; readonly iso: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** An error value such as `#REF!` or `#N/A`, also as a formula's cached result. */
  | { readonly kind: "error"; readonly code: string }
  /** A formula the writing program never calculated: there is no value to read. */
  | { readonly kind: "uncalculated"; readonly formula: string };

export interface RawRow {
  /** 1-based row number as the spreadsheet shows it. */
  readonly number: number;
  /** Index 0 is column A; holes are empty cells. */
  readonly cells: readonly (CellValue | undefined)[];
}

export interface RawSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** Only rows with at least one non-empty cell, in order. */
  readonly rows: readonly RawRow[];
  /** Merged ranges such as `B3:B5`; only the top-left cell carries the value. */
  readonly merges: readonly string[];
  /** A link to the sheet that a cell reference can be appended to (Google Sheets). */
  readonly linkBase?: string;
}

export interface RawWorkbook {
  /** What staff call the workbook: file name or spreadsheet title. */
  readonly name: string;
  /** Where it was read from: file path or spreadsheet URL. */
  readonly location: string;
  /** Serial numbers count from 1899-12-30 (1900 system) or 1904-01-01. */
  readonly dateSystem: 1900 | 1904;
  readonly sheets: readonly RawSheet[];
  /**
   * When the workbook last changed, ISO date-time, if the adapter knows: an
   * .xlsx's own last-saved date (its core properties, else the file's time),
   * a Google spreadsheet's Drive modifiedTime.
   */
  readonly modifiedAt?: string;
  /** Things the adapter noticed while reading (e.g. macros ignored). */
  readonly notes?: readonly ReadNote[];
}

export type ReadNote =
  | { readonly code: "macros-ignored"; readonly sheet?: string }
  /** The adapter could not tell when the workbook last changed; `detail` says why, in Swedish. */
  | { readonly code: "modified-unknown"; readonly detail: string };

/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 0-based column index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Most rows with a value lägesbild reads from one workbook, all sheets
 * together, from any source. Far above what a work group writes in the
 * assignment's years; past it a workbook is refused with a message rather than
 * read half-way or allowed to exhaust memory.
 */
export const MAX_WORKBOOK_ROWS = 100_000;

/** The rows with a value in the workbook's sheets, all together. */
export function rowCount(sheets: readonly RawSheet[]): number {
  let n = 0;
  for (const sheet of sheets) n += sheet.rows.length;
  return n;
}

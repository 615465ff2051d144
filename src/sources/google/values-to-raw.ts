import { columnLetter, type CellValue, type RawRow, type RawSheet } from "../raw-workbook.ts";
import type { GridRange } from "./responses.ts";

/** What Sheets shows for a formula that failed; with UNFORMATTED_VALUE they arrive as these strings. */
const ERROR_VALUES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#ERROR!", "#SPILL!", "#CALC!"]);

export interface SheetValues {
  readonly title: string;
  readonly hidden: boolean;
  readonly merges: readonly GridRange[];
  readonly linkBase: string;
  /** The `range` Sheets answered with, e.g. `'Mål'!A1:Z1000`: where `values` start. */
  readonly range?: string;
  /** Rows of unformatted values (major dimension ROWS); absent for an empty sheet or one not fetched. */
  readonly values?: readonly (readonly unknown[])[];
}

/** One sheet's unformatted values as the same raw table the .xlsx adapter makes. */
export function sheetFromValues(sheet: SheetValues): RawSheet {
  const start = rangeStart(sheet.range);
  const rows: RawRow[] = [];
  (sheet.values ?? []).forEach((values, i) => {
    const cells: (CellValue | undefined)[] = [];
    let any = false;
    values.forEach((v, j) => {
      const cell = cellFromSheets(v);
      if (cell === undefined) return;
      cells[start.column + j] = cell;
      any = true;
    });
    if (any) rows.push({ number: start.row + i, cells });
  });
  return {
    name: sheet.title,
    hidden: sheet.hidden,
    rows,
    merges: sheet.merges.flatMap((m) => {
      const a1 = mergeToA1(m);
      return a1 ? [a1] : [];
    }),
    linkBase: sheet.linkBase,
  };
}

/**
 * One unformatted value: numbers (dates as serial numbers) stay numbers,
 * booleans booleans, error strings become error cells, `""` is empty.
 */
export function cellFromSheets(value: unknown): CellValue | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", code: "#NUM!" };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "string") {
    if (value === "") return undefined;
    return ERROR_VALUES.has(value) ? { kind: "error", code: value } : { kind: "text", text: value };
  }
  return undefined;
}

/** A merge (0-based, end-exclusive grid range) in A1 form, e.g. `B3:B5`; `undefined` if unbounded. */
export function mergeToA1(range: GridRange): string | undefined {
  const { startRowIndex = 0, endRowIndex, startColumnIndex = 0, endColumnIndex } = range;
  if (endRowIndex === undefined || endColumnIndex === undefined) return undefined;
  return `${columnLetter(startColumnIndex)}${startRowIndex + 1}:${columnLetter(endColumnIndex - 1)}${endRowIndex}`;
}

/** The 1-based row and 0-based column where an A1 range such as `'Blad 1'!B3:D9` starts. */
export function rangeStart(range: string | undefined): { readonly row: number; readonly column: number } {
  const bang = range?.lastIndexOf("!") ?? -1;
  const a1 = range !== undefined && bang >= 0 ? range.slice(bang + 1) : "";
  const match = /^\$?([A-Za-z]*)\$?(\d*)/.exec(a1);
  const letters = (match?.[1] ?? "").toUpperCase();
  const column = [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
  return { row: match?.[2] ? Number(match[2]) : 1, column: Math.max(0, column) };
}

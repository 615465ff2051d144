import type { Location } from "./problem.ts";

/** Where each field of a sheet's rows stands: shared by all rows of one sheet. */
export interface SheetColumns {
  readonly [field: string]: { readonly letter: string; readonly header: string } | undefined;
}

/** Where a typed row came from, so that later checks can point at its cells. */
export interface RowPlace {
  readonly workbook: string;
  readonly sheet: string;
  readonly row: number;
  readonly columns: SheetColumns;
  readonly linkBase?: string;
}

export interface Located<T> {
  readonly value: T;
  readonly at: RowPlace;
  /** Number fields shown or typed as a percentage (`25 %`) and read as the number shown (25). */
  readonly asPercent?: readonly string[];
}

/** The location of one field of a row, for a problem about it. */
export function cellOf(at: RowPlace, field?: string): Location {
  const col = field ? at.columns[field] : undefined;
  const base = { workbook: at.workbook, sheet: at.sheet, row: at.row };
  const link = at.linkBase ? { link: `${at.linkBase}&range=${col?.letter ?? "A"}${at.row}` } : {};
  return col ? { ...base, column: col.letter, header: col.header, ...link } : { ...base, ...link };
}

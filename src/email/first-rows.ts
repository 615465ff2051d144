/**
 * A section shows only its first rows and counts the rest: rows are built for
 * the items shown only, from lists already narrowed to the recipient.
 */
import type { Row } from "./content.ts";

/** Items that each make a row, built on demand. */
export interface RowSource {
  readonly count: number;
  /** The rows of the first `n` items. */
  readonly rows: (n: number) => Row[];
}

export function rowsOf<T>(items: readonly T[], row: (item: T) => Row): RowSource {
  return { count: items.length, rows: (n) => items.slice(0, n).map(row) };
}

/** The rows of the first `limit` items of the sources, in order, and how many items are left out. */
export function firstRows(sources: readonly RowSource[], limit: number): { readonly rows: Row[]; readonly left: number } {
  const rows: Row[] = [];
  let total = 0;
  for (const source of sources) {
    total += source.count;
    if (rows.length < limit) rows.push(...source.rows(limit - rows.length));
  }
  return { rows, left: total - rows.length };
}

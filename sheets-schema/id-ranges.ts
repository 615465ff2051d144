import type { RefTarget } from "./column.ts";
import { columnsOf, type AnySheet } from "./sheet.ts";

/** Which central sheet's key column holds the ids each kind of reference may name. */
const ID_SHEETS: readonly (readonly [RefTarget, string])[] = [
  ["goal", "goals"],
  ["indicator", "indicators"],
  ["block", "blocks"],
  ["report", "reports"],
  ["source", "sources"],
  ["recommendation", "recommendations"],
];

/**
 * The absolute A1 range (sheet quoted) of each id column in the central
 * workbook, from row 2 to `lastRow`: what a drop-down of ids points at, in
 * the .xlsx templates and the Google spreadsheets alike.
 */
export function centralIdRanges(layout: Readonly<Record<string, AnySheet>>, lastRow: number): Partial<Record<RefTarget, string>> {
  const ranges: Partial<Record<RefTarget, string>> = {};
  for (const [target, key] of ID_SHEETS) {
    const spec = layout[key];
    if (!spec?.key) continue;
    const index = columnsOf(spec).findIndex((c) => c.field === spec.key);
    const letter = String.fromCharCode(65 + index);
    ranges[target] = `'${spec.name.replace(/'/g, "''")}'!$${letter}$2:$${letter}$${lastRow}`;
  }
  return ranges;
}

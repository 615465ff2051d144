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

/** The columns of the hidden Listor sheet in block workbooks, in order, with their headers. */
export const LIST_ORDER: readonly RefTarget[] = ["goal", "indicator", "report", "block", "source"];
export const LIST_HEADERS: Record<RefTarget, string> = {
  goal: "Mål",
  indicator: "Indikatorer",
  report: "Rapporter",
  block: "Byggstenar",
  source: "Källor",
  recommendation: "Rekommendationer",
};

/** Where each non-empty id list stands on the Listor sheet (`sheet`), for drop-downs that point at it. */
export function listsIdRanges(
  lists: Partial<Record<RefTarget, readonly string[]>> | undefined,
  sheet: string,
): Partial<Record<RefTarget, string>> {
  const ranges: Partial<Record<RefTarget, string>> = {};
  LIST_ORDER.forEach((target, i) => {
    const count = lists?.[target]?.length ?? 0;
    const letter = String.fromCharCode(65 + i);
    if (count > 0) ranges[target] = `'${sheet}'!$${letter}$2:$${letter}$${count + 1}`;
  });
  return ranges;
}

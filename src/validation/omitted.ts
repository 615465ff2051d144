import type { OmittedRows, WorkbookInfo } from "../domain/model.ts";
import type { Located } from "./located.ts";

/** Adds the rows rejected by checks across rows to those that could not be read, one entry per workbook and sheet, in order. */
export function countOmitted(
  unread: readonly OmittedRows[],
  rejected: Iterable<Located<unknown>>,
  workbooks: readonly WorkbookInfo[],
): OmittedRows[] {
  const counts = new Map<string, OmittedRows>();
  const add = (workbook: string, sheet: string, rows: number) => {
    const key = `${workbook}\u0000${sheet}`;
    const before = counts.get(key);
    counts.set(key, { workbook, sheet, rows: (before?.rows ?? 0) + rows });
  };
  for (const o of unread) add(o.workbook, o.sheet, o.rows);
  for (const r of rejected) add(r.at.workbook, r.at.sheet, 1);
  const rank = new Map(workbooks.map((w, i) => [w.name, i]));
  return [...counts.values()].sort((a, b) => (rank.get(a.workbook) ?? 1e9) - (rank.get(b.workbook) ?? 1e9));
}

import type { z } from "zod";
import {
  INSTRUCTIONS_SHEET,
  LISTS_SHEET,
  PROBLEMS_SHEET,
  requiredSheets,
  type AnySheet,
  type WorkbookKind,
} from "../../sheets-schema/index.ts";
import type { RawSheet, RawWorkbook } from "../sources/raw-workbook.ts";
import type { Located } from "./located.ts";
import type { OmittedRows } from "../domain/model.ts";
import { problem, type Problem } from "./problem.ts";
import { normaliseHeader, readSheet } from "./read-sheet.ts";
import { appendAll } from "../collections/append-all.ts";

export type WorkbookRows<L extends Readonly<Record<string, AnySheet>>> = {
  readonly [K in keyof L]: readonly Located<z.infer<L[K]["row"]>>[];
};

const GENERATED_SHEETS = new Set([INSTRUCTIONS_SHEET, LISTS_SHEET, PROBLEMS_SHEET].map(normaliseHeader));

/**
 * Reads every sheet of a workbook that its layout names. Sheets are found by
 * name whatever their case or spacing, hidden or not; a missing optional sheet
 * is simply empty.
 */
export function readWorkbook<L extends Readonly<Record<string, AnySheet>>>(
  raw: RawWorkbook,
  layout: L,
  kind: WorkbookKind,
): { rows: WorkbookRows<L>; problems: Problem[]; omitted: OmittedRows[] } {
  const problems: Problem[] = [];
  const byName = new Map<string, RawSheet>();
  for (const sheet of raw.sheets) byName.set(normaliseHeader(sheet.name), sheet);

  const known = new Set(Object.values(layout).map((s) => normaliseHeader(s.name)));
  for (const sheet of raw.sheets) {
    const name = normaliseHeader(sheet.name);
    if (!known.has(name) && !GENERATED_SHEETS.has(name) && !sheet.hidden) {
      problems.push(problem("sheet-unknown", { workbook: raw.name, sheet: sheet.name }, { sheet: sheet.name }));
    }
  }

  const rows: Record<string, readonly unknown[]> = {};
  const omitted: OmittedRows[] = [];
  for (const [key, spec] of Object.entries(layout)) {
    const sheet = byName.get(normaliseHeader(spec.name));
    if (!sheet) {
      if (requiredSheets[kind].includes(spec.name)) {
        problems.push(problem("sheet-missing", { workbook: raw.name, sheet: spec.name }, { sheet: spec.name }));
      }
      rows[key] = [];
      continue;
    }
    const read = readSheet(sheet, spec, { workbook: raw.name, dateSystem: raw.dateSystem });
    rows[key] = read.rows;
    appendAll(problems, read.problems);
    if (read.omitted > 0) omitted.push({ workbook: raw.name, sheet: sheet.name, rows: read.omitted });
  }
  for (const note of raw.notes ?? [])
    problems.push(
      note.code === "modified-unknown"
        ? problem(note.code, { workbook: raw.name }, { detail: note.detail })
        : problem(note.code, { workbook: raw.name }),
    );
  return { rows: rows as WorkbookRows<L>, problems, omitted };
}

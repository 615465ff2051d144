import type { z } from "zod";
import { columnsOf, type AnySheet, type ColumnSpec } from "../../sheets-schema/index.ts";
import { columnIndex, columnLetter, type CellValue, type RawRow, type RawSheet } from "../sources/raw-workbook.ts";
import { displayCell, readCell, type CellContext } from "./cells/read-cell.ts";
import { nearest } from "../text/nearest.ts";
import { cellOf, type Located, type RowPlace, type SheetColumns } from "./located.ts";
import { cellProblem, problem, type Problem } from "./problem.ts";
import { appendAll } from "../collections/append-all.ts";

export interface SheetRead<T> {
  readonly rows: readonly Located<T>[];
  readonly problems: readonly Problem[];
  /** Data rows that could not be read and are left out of every figure (their problems say why). */
  readonly omitted: number;
}

interface Context extends CellContext {
  readonly workbook: string;
}

/**
 * Turns one raw sheet into typed rows. Columns are found by their header
 * (order, case and spacing do not matter); every problem is reported with its
 * place, and a row with an error is left out of `rows` but never silently.
 */
export function readSheet<S extends AnySheet>(raw: RawSheet, spec: S, ctx: Context): SheetRead<z.infer<S["row"]>> {
  const sheetAt = { workbook: ctx.workbook, sheet: raw.name };
  // A row of stray spaces looks empty to staff, so it is one; the header is the first row with text.
  const [headerRow, ...dataRows] = raw.rows.filter((r) => !r.cells.every(isBlank));
  const specs = columnsOf(spec);
  const problems: Problem[] = [];
  const { found, misspelled } = headerRow
    ? matchHeaders(headerRow, specs, problems, sheetAt)
    : { found: new Map<string, number>(), misspelled: new Set<string>() };

  const unreadable = specs.filter((c) => c.required && !found.has(c.field));
  if (unreadable.length > 0) {
    // A misspelled required column has its own error with the fix; the others are listed as missing.
    const missing = unreadable.filter((c) => !misspelled.has(c.field)).map((c) => c.meta.header);
    if (missing.length > 0) problems.push(problem("columns-missing", { ...sheetAt, row: headerRow?.number ?? 1 }, { list: missing }));
    return { rows: [], problems, omitted: dataRows.length };
  }

  const columns = sheetColumns(found, specs, headerRow);
  appendAll(problems, mergeWarnings(raw, headerRow, sheetAt));
  appendAll(problems, unnamedColumns(dataRows, headerRow, sheetAt));
  const rows: Located<z.infer<S["row"]>>[] = [];
  for (const raw_ of dataRows) {
    const at: RowPlace = { ...sheetAt, row: raw_.number, columns, ...(raw.linkBase ? { linkBase: raw.linkBase } : {}) };
    const read = readRow(raw_, specs, found, spec, ctx, at);
    appendAll(problems, read.problems);
    if (read.value !== undefined)
      rows.push({ value: read.value as z.infer<S["row"]>, at, ...(read.asPercent.length ? { asPercent: read.asPercent } : {}) });
  }
  if (spec.rows === "one" && dataRows.length !== 1) {
    // The first row too many, or the empty row where the one row belongs.
    const row = dataRows[1]?.number ?? (headerRow?.number ?? 0) + 1;
    problems.push(problem("rows-expected-one", { ...sheetAt, row }, { value: String(dataRows.length) }));
  }
  return { rows, problems, omitted: dataRows.length - rows.length };
}

/** Header text as it is compared: case, surrounding and repeated (no-break) spaces do not count. */
export function normaliseHeader(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLocaleLowerCase("sv");
}

/**
 * Finds each known column by its header. A header close to a known column
 * that is not there (`Mål/effekter` for `Mål och effekter`) is an error with
 * the fix, never a quiet "unknown column": what staff typed in it would
 * otherwise be missing from the figures without a word.
 */
function matchHeaders(
  header: RawRow,
  specs: readonly ColumnSpec[],
  problems: Problem[],
  at: { workbook: string; sheet: string },
): { found: Map<string, number>; misspelled: Set<string> } {
  const byHeader = new Map(specs.map((c) => [normaliseHeader(c.meta.header), c]));
  const found = new Map<string, number>();
  const unknown: { index: number; text: string }[] = [];
  const said: { index: number; problem: Problem }[] = [];
  header.cells.forEach((cell, index) => {
    const text = cell ? displayCell(cell).trim() : "";
    if (normaliseHeader(text) === "") return;
    const where = { ...at, row: header.number, column: columnLetter(index), header: text };
    const spec = byHeader.get(normaliseHeader(text));
    if (!spec) unknown.push({ index, text });
    else if (found.has(spec.field)) said.push({ index, problem: problem("column-duplicate", where, { header: text }) });
    else found.set(spec.field, index);
  });
  const misspelled = new Set<string>();
  for (const { index, text } of unknown) {
    const where = { ...at, row: header.number, column: columnLetter(index), header: text };
    const absent = specs.filter((c) => !found.has(c.field) && !misspelled.has(c.field));
    const [close] = nearest(
      text,
      absent.map((c) => c.meta.header),
      1,
    );
    const spec = absent.find((c) => c.meta.header === close);
    if (spec) {
      misspelled.add(spec.field);
      said.push({ index, problem: problem("column-misspelled", where, { header: text, expected: spec.meta.header }) });
    } else said.push({ index, problem: problem("column-unknown", where, { header: text }) });
  }
  appendAll(
    problems,
    said.sort((a, b) => a.index - b.index).map((s) => s.problem),
  );
  return { found, misspelled };
}

function sheetColumns(found: Map<string, number>, specs: readonly ColumnSpec[], header: RawRow | undefined): SheetColumns {
  const columns: Record<string, { letter: string; header: string }> = {};
  for (const c of specs) {
    const index = found.get(c.field);
    if (index === undefined) continue;
    const cell = header?.cells[index];
    columns[c.field] = { letter: columnLetter(index), header: cell ? displayCell(cell).trim() : c.meta.header };
  }
  return columns;
}

function readRow(
  row: RawRow,
  specs: readonly ColumnSpec[],
  found: Map<string, number>,
  spec: AnySheet,
  ctx: Context,
  at: RowPlace,
): { value?: unknown; problems: Problem[]; asPercent: string[] } {
  const problems: Problem[] = [];
  const object: Record<string, unknown> = {};
  const failed = new Set<string>();
  const asPercent: string[] = [];
  for (const c of specs) {
    const index = found.get(c.field);
    if (index === undefined) continue;
    const cell = row.cells[index];
    const read = readCell(cell, c.meta, ctx);
    if (read.status === "ok") {
      object[c.field] = read.value;
      if (read.asPercent) asPercent.push(c.field);
      if (read.warning) problems.push(problem(read.warning, cellOf(at, c.field), { value: displayCell(cell) }));
    } else if (read.status === "bad") {
      failed.add(c.field);
      problems.push(cellProblem(read, cellOf(at, c.field), { value: displayCell(cell), header: c.meta.header }));
    }
  }
  const parsed = spec.row.safeParse(object);
  if (parsed.success && failed.size === 0) return { value: parsed.data, problems, asPercent };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      if (failed.has(field)) continue;
      const c = specs.find((s) => s.field === field);
      const header = c?.meta.header ?? field;
      const value = object[field];
      if (value === undefined) problems.push(problem("value-required", cellOf(at, field), { header }));
      else problems.push(problem(zodCode(c), cellOf(at, field), { value: String(value), header }));
    }
  }
  return { problems, asPercent };
}

function zodCode(c: ColumnSpec | undefined) {
  if (c?.meta.kind === "email") return "email-invalid" as const;
  if (c?.meta.kind === "url") return "url-invalid" as const;
  return "value-invalid" as const;
}

function mergeWarnings(raw: RawSheet, header: RawRow | undefined, at: { workbook: string; sheet: string }): Problem[] {
  return raw.merges
    .filter((range) => lastRowOf(range) > (header?.number ?? 0))
    .map((range) => {
      const column = range.replace(/\d+.*$/, "");
      return problem("cells-merged", { ...at, row: firstRowOf(range), column, ...headerAt(header, columnIndex(column)) }, { value: range });
    });
}

/** Values in a column without a header are not read: say so once per column, where they start. */
function unnamedColumns(rows: readonly RawRow[], header: RawRow | undefined, at: { workbook: string; sheet: string }): Problem[] {
  const first = new Map<number, { row: number; cell: CellValue }>();
  for (const row of rows) {
    row.cells.forEach((cell, index) => {
      if (!isBlank(cell) && cell && isBlank(header?.cells[index]) && !first.has(index)) first.set(index, { row: row.number, cell });
    });
  }
  return [...first.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, { row, cell }]) => problem("column-unnamed", { ...at, row, column: columnLetter(index) }, { value: displayCell(cell) }));
}

function headerAt(header: RawRow | undefined, index: number): { header?: string } {
  const text = displayCell(header?.cells[index]).trim();
  return text ? { header: text } : {};
}

function isBlank(cell: CellValue | undefined): boolean {
  return cell === undefined || (cell.kind === "text" && cell.text.trim() === "");
}

function firstRowOf(range: string): number {
  return Number(/\d+/.exec(range)?.[0] ?? 0);
}

function lastRowOf(range: string): number {
  const numbers = range.match(/\d+/g) ?? [];
  return Number(numbers[numbers.length - 1] ?? 0);
}

import { centralIdRanges, LIST_HEADERS, LIST_ORDER, listsIdRanges as sharedListsIdRanges } from "../../../sheets-schema/id-ranges.ts";
import ExcelJS from "exceljs";
import {
  columnsOf,
  INSTRUCTIONS_SHEET,
  LISTS_SHEET,
  MAX_CELL_TEXT,
  workbookLayouts,
  type AnySheet,
  type ColumnSpec,
  type RefTarget,
  type WorkbookKind,
} from "../../../sheets-schema/index.ts";
import { cellForWriting } from "./cell-for-writing.ts";
import { INSTRUCTION_HEADER, INSTRUCTION_WIDTHS, instructionRows } from "../../../sheets-schema/instruction-rows.ts";
import { inputCheckOf, type InputCheck } from "../../../sheets-schema/input-rule.ts";

/** Rows per sheet key (e.g. `activities`), each row by field name. */
export type WorkbookContent = Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;

/** Ids a block workbook's drop-down lists offer, taken from the central workbook. */
export type ReferenceLists = Partial<Record<RefTarget, readonly string[]>>;

export interface BuildOptions {
  readonly content?: WorkbookContent;
  /** Adds the Instruktioner sheet (blank workbooks for staff). */
  readonly instructions?: boolean;
  readonly lists?: ReferenceLists;
}

/** Rows that get drop-down lists and formats in a blank workbook. */
export const VALIDATED_ROWS = 1000;
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F1" } } as const;
/** Required columns stand out: a stronger fill, and the help text says so. */
const REQUIRED_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF8CBAD" } } as const;
/** Excel keeps at most 255 characters of an input message. */
const PROMPT_MAX = 255;
const DATE_RANGE = [new Date(Date.UTC(1950, 0, 1)), new Date(Date.UTC(2200, 11, 31))];

/**
 * A workbook with the schema's layout: Swedish headers, frozen and styled
 * header row, column widths, drop-down lists for enumerations and id
 * references, date formats, and optionally the instructions sheet.
 */
export function buildWorkbook(kind: WorkbookKind, options: BuildOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "lägesbild";
  const layout = workbookLayouts[kind];
  const idColumns = kind === "central" ? centralIdRanges(layout, VALIDATED_ROWS) : listsIdRanges(options.lists);
  if (options.instructions) addInstructions(workbook, layout);
  for (const [key, spec] of Object.entries(layout)) {
    addSheet(workbook, spec, options.content?.[key] ?? [], idColumns);
  }
  if (kind === "block" && options.lists) addLists(workbook, options.lists);
  return workbook;
}

export function addSheet(
  workbook: ExcelJS.Workbook,
  spec: AnySheet,
  rows: readonly Readonly<Record<string, unknown>>[],
  idRanges: Partial<Record<RefTarget, string>>,
): void {
  const columns = columnsOf(spec);
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.meta.header, key: c.field, width: c.meta.width }));
  sheet.getRow(1).eachCell((cell, col) => {
    const c = columns[col - 1];
    if (c) styleHeader(cell, c);
  });
  for (const row of rows) {
    sheet.addRow(columns.map((c) => cellForWriting(row[c.field], c.meta)));
  }
  columns.forEach((c, i) => formatColumn(sheet, c, i + 1, Math.max(VALIDATED_ROWS, rows.length + 1), idRanges));
  printSetup(sheet, 1);
}

/** A header cell: bold, a fill that tells required from optional, and the help text as its note. */
export function styleHeader(cell: ExcelJS.Cell, c: ColumnSpec): void {
  // A fresh style object: exceljs shares one between cells read with the same style.
  cell.style = { ...cell.style, font: { bold: true }, fill: c.required ? REQUIRED_FILL : HEADER_FILL };
  cell.note = `${c.required ? "Obligatorisk: raden räknas inte förrän den är ifylld. " : "Frivillig. "}${c.meta.help}`;
}

/** Printed: landscape A4, as wide as the page, the header row on every page. */
function printSetup(sheet: ExcelJS.Worksheet, headerRow: number): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
}

export function formatColumn(
  sheet: ExcelJS.Worksheet,
  c: ColumnSpec,
  col: number,
  lastRow: number,
  idRanges: Partial<Record<RefTarget, string>>,
): void {
  const letter = sheet.getColumn(col).letter;
  const range = `${letter}2:${letter}${lastRow}`;
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  if (c.meta.kind === "date") sheet.getColumn(col).numFmt = "yyyy-mm-dd";
  if (c.meta.kind === "markup" || c.meta.kind === "text") sheet.getColumn(col).alignment = { wrapText: true, vertical: "top" };
  const check = inputCheckOf(c.meta);
  const prompt = promptOf(c, check?.inputMessage);
  const validation = check ? validationOf(check, idRanges) : undefined;
  validations.add(
    range,
    validation
      ? {
          ...validation,
          allowBlank: true,
          ...prompt,
          showErrorMessage: true,
          errorTitle: c.meta.header.slice(0, 32),
          error: check?.errorMessage ?? "",
        }
      : {
          // Free text: the input message is what matters; the length check is Excel's own limit.
          type: "textLength",
          operator: "lessThanOrEqual",
          formulae: [MAX_CELL_TEXT],
          allowBlank: true,
          ...prompt,
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: c.meta.header.slice(0, 32),
          error: `Texten är för lång: högst ${MAX_CELL_TEXT} tecken får plats i en cell.`,
        },
  );
}

/** The help shown when a cell is selected: whether it must be filled in, what it is, and how to write it. */
function promptOf(
  c: ColumnSpec,
  howToWrite: string | undefined,
): Pick<ExcelJS.DataValidation, "showInputMessage" | "promptTitle" | "prompt"> {
  const text = [c.required ? "Obligatorisk." : "", c.meta.help, howToWrite ?? ""].filter(Boolean).join(" ");
  return {
    showInputMessage: true,
    promptTitle: c.meta.header.slice(0, 32),
    prompt: text.length > PROMPT_MAX ? `${text.slice(0, PROMPT_MAX - 1)}…` : text,
  };
}

/**
 * The schema's input rule as an Excel data validation. Lists of allowed
 * values stop a wrong value; dates, numbers and ids only warn, so that what
 * the reader understands anyway ("18 september 2024", an id not yet in the
 * list) can still be entered.
 */
function validationOf(
  check: InputCheck,
  idRanges: Partial<Record<RefTarget, string>>,
): Omit<ExcelJS.DataValidation, "allowBlank"> | undefined {
  const rule = check.rule;
  switch (rule.kind) {
    case "list":
      return { type: "list", formulae: [`"${rule.values.join(",")}"`], errorStyle: "stop" };
    case "ref": {
      const source = idRanges[rule.target];
      return source ? { type: "list", formulae: [source], errorStyle: "warning" } : undefined;
    }
    case "date":
      return { type: "date", operator: "between", formulae: DATE_RANGE, errorStyle: "warning" };
    case "number":
      if (rule.min !== undefined)
        return { type: rule.integer ? "whole" : "decimal", operator: "greaterThanOrEqual", formulae: [rule.min], errorStyle: "warning" };
      return { type: rule.integer ? "whole" : "decimal", operator: "between", formulae: [-1e15, 1e15], errorStyle: "warning" };
  }
}

export function listsIdRanges(lists: ReferenceLists | undefined): Partial<Record<RefTarget, string>> {
  return sharedListsIdRanges(lists, LISTS_SHEET);
}

export function addLists(workbook: ExcelJS.Workbook, lists: ReferenceLists): void {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  LIST_ORDER.forEach((target, i) => {
    const column = sheet.getColumn(i + 1);
    column.values = [LIST_HEADERS[target], ...(lists[target] ?? [])];
  });
}

/** A short how-to above the table of columns, with an example row, for whoever opens the workbook first. */
const HOW_TO = [
  "Så fyller du i arbetsboken",
  "1. En rad per aktivitet, mätning, leverans och så vidare, på bladet för den sortens uppgift. Låt rubrikerna på rad 1 stå som de är.",
  "2. Orange rubrik: obligatorisk, raden räknas inte förrän den är ifylld. Blå rubrik: frivillig.",
  "3. Markera en cell för att se vad som ska stå där, och välj i listan där det finns en. Datum som 2024-09-18, tal med decimalkomma (4,5), procent som 45.",
  "4. lagesbild validate visar varje problem med blad, rad och kolumn; med --annotate får du en kopia där problemen är markerade i cellerna.",
  "Exempel, bladet Aktiviteter: BO-12 | 2024-03-14 | möte | Nätverk | Möte om bostadsbyggande i Luleå | … | M1; E2 | genomförd",
];

function addInstructions(workbook: ExcelJS.Workbook, layout: Readonly<Record<string, AnySheet>>): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = INSTRUCTION_WIDTHS.map((width) => ({ width }));
  HOW_TO.forEach((line, i) => {
    const row = sheet.addRow([line]);
    if (i === 0) row.font = { bold: true, size: 13 };
  });
  sheet.addRow([]);
  const header = sheet.addRow([...INSTRUCTION_HEADER]);
  header.font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  for (const row of instructionRows(layout)) {
    const added = sheet.addRow([...row.cells]);
    if (row.isSheet) added.font = { bold: true };
    else if (row.cells[2] === "ja") added.getCell(2).style = { ...added.getCell(2).style, fill: REQUIRED_FILL };
  }
  sheet.getColumn(5).alignment = { wrapText: true, vertical: "top" };
  printSetup(sheet, header.number);
}

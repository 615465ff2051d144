import type { sheets_v4 } from "@googleapis/sheets";
import type { InputRule } from "../../sheets-schema/input-rule.ts";
import { CHECKED_ROWS, type ColumnCheck, type SheetPlan, type SpreadsheetPlan } from "./plan.ts";
import { appendAll } from "../collections/append-all.ts";

type Request = sheets_v4.Schema$Request;

const HEADER_COLOUR = { red: 0.863, green: 0.902, blue: 0.945 };
const REQUIRED_HEADER_COLOUR = { red: 0.988, green: 0.894, blue: 0.839 };
const PIXELS_PER_CHARACTER = 7;

/**
 * Everything a new spreadsheet gets in one batchUpdate, on top of the single
 * empty sheet (id 0) that Drive creates: the sheets with our own ids, headers
 * with their help as notes, frozen and protected header rows, column widths,
 * date formats and data validation.
 */
export function creationRequests(plan: SpreadsheetPlan, coordinatorEmail: string): Request[] {
  const requests: Request[] = [];
  plan.sheets.forEach((sheet, index) => {
    const properties = {
      sheetId: sheet.sheetId,
      title: sheet.title,
      index,
      hidden: sheet.hidden,
      gridProperties: { frozenRowCount: 1 },
    };
    requests.push(
      index === 0
        ? { updateSheetProperties: { properties, fields: "title,index,hidden,gridProperties.frozenRowCount" } }
        : { addSheet: { properties } },
    );
  });
  for (const sheet of plan.sheets) {
    requests.push(contentRequest(sheet), ...widthRequests(sheet), ...dateFormatRequests(sheet));
    if (sheet.protectHeader) requests.push(protectHeader(sheet.sheetId, coordinatorEmail));
    appendAll(requests, validationRequests(sheet.sheetId, sheet.checks));
  }
  return requests;
}

/**
 * What a rerun renews in a spreadsheet that exists: the data validation of
 * every column (a block's id lists change as the central workbook grows).
 * `sheetIdOf` maps a title to the sheet id the spreadsheet really has.
 */
export function refreshRequests(plan: SpreadsheetPlan, sheetIdOf: (title: string) => number | undefined): Request[] {
  return plan.sheets.flatMap((sheet) => {
    const id = sheetIdOf(sheet.title);
    if (id === undefined) return [];
    return [...(sheet.ownContent ? [rewriteContent(id, sheet)] : []), ...validationRequests(id, sheet.checks)];
  });
}

/** The whole sheet's values anew: cells past the new content are emptied (a list that shrank leaves no stale id). */
function rewriteContent(sheetId: number, sheet: SheetPlan): Request {
  const rows = [sheet.header, ...sheet.rows].map((row) => ({ values: row.map((text) => ({ userEnteredValue: { stringValue: text } })) }));
  return {
    updateCells: {
      range: {
        sheetId,
        startRowIndex: 0,
        endRowIndex: Math.max(rows.length, CHECKED_ROWS),
        startColumnIndex: 0,
        endColumnIndex: sheet.header.length,
      },
      rows,
      fields: "userEnteredValue",
    },
  };
}

function contentRequest(sheet: SheetPlan): Request {
  const required = new Set(sheet.requiredColumns);
  const header: sheets_v4.Schema$RowData = {
    values: sheet.header.map((text, column) => ({
      userEnteredValue: { stringValue: text },
      userEnteredFormat: {
        textFormat: { bold: true },
        backgroundColor: required.has(column) ? REQUIRED_HEADER_COLOUR : HEADER_COLOUR,
        wrapStrategy: "WRAP",
      },
      ...(sheet.headerNotes[column] ? { note: sheet.headerNotes[column] } : {}),
    })),
  };
  const rows = sheet.rows.map((row) => ({ values: row.map((text) => ({ userEnteredValue: { stringValue: text } })) }));
  return {
    updateCells: {
      start: { sheetId: sheet.sheetId, rowIndex: 0, columnIndex: 0 },
      rows: [header, ...rows],
      fields: "userEnteredValue,userEnteredFormat(textFormat,backgroundColor,wrapStrategy),note",
    },
  };
}

function widthRequests(sheet: SheetPlan): Request[] {
  return sheet.widths.map((width, column) => ({
    updateDimensionProperties: {
      range: { sheetId: sheet.sheetId, dimension: "COLUMNS", startIndex: column, endIndex: column + 1 },
      properties: { pixelSize: Math.round(width * PIXELS_PER_CHARACTER + 10) },
      fields: "pixelSize",
    },
  }));
}

function dateFormatRequests(sheet: SheetPlan): Request[] {
  return sheet.checks
    .filter((c) => c.check.rule.kind === "date")
    .map((c) => ({
      repeatCell: {
        range: dataRange(sheet.sheetId, c.column),
        cell: { userEnteredFormat: { numberFormat: { type: "DATE", pattern: "yyyy-mm-dd" } } },
        fields: "userEnteredFormat.numberFormat",
      },
    }));
}

/** Only the coordinator edits the header row: the whole pipeline reads the columns by these names. */
function protectHeader(sheetId: number, coordinatorEmail: string): Request {
  return {
    addProtectedRange: {
      protectedRange: {
        range: { sheetId, startRowIndex: 0, endRowIndex: 1 },
        description: "Rubrikraden läses av lägesbild: bara samordnaren ändrar den.",
        warningOnly: false,
        editors: { users: [coordinatorEmail] },
      },
    },
  };
}

function validationRequests(sheetId: number, checks: readonly ColumnCheck[]): Request[] {
  return checks.map((c) => ({
    setDataValidation: {
      range: dataRange(sheetId, c.column),
      rule: {
        condition: conditionOf(c.check.rule, c.column, c.listRange),
        inputMessage: c.check.inputMessage,
        // An id not (yet) in the list is let through with a warning, as in the .xlsx templates.
        strict: c.check.rule.kind !== "ref",
        showCustomUi: c.check.rule.kind === "list" || c.check.rule.kind === "ref",
      },
    },
  }));
}

function conditionOf(rule: InputRule, column: number, listRange: string | undefined): sheets_v4.Schema$BooleanCondition {
  const cell = `${columnLetter(column)}2`;
  switch (rule.kind) {
    case "list":
      return { type: "ONE_OF_LIST", values: rule.values.map((v) => ({ userEnteredValue: v })) };
    case "ref":
      return { type: "ONE_OF_RANGE", values: [{ userEnteredValue: `=${listRange ?? ""}` }] };
    case "date":
      return { type: "DATE_IS_VALID" };
    case "number":
      if (rule.min !== undefined) return { type: "NUMBER_GREATER_THAN_EQ", values: [{ userEnteredValue: String(rule.min) }] };
      return {
        type: "CUSTOM_FORMULA",
        values: [{ userEnteredValue: rule.integer ? `=AND(ISNUMBER(${cell}),INT(${cell})=${cell})` : `=ISNUMBER(${cell})` }],
      };
  }
}

function dataRange(sheetId: number, column: number): sheets_v4.Schema$GridRange {
  return { sheetId, startRowIndex: 1, endRowIndex: CHECKED_ROWS + 1, startColumnIndex: column, endColumnIndex: column + 1 };
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

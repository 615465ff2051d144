import { applyFieldMask } from "./field-mask.ts";
import type { Route } from "./router.ts";
import { gridRangeOf, sheetIdOf, type FakeSheet, type FakeSpreadsheet, type FakeValue, type SpreadsheetStore } from "./spreadsheets.ts";

export const SHEETS_GET = "sheets.get";
export const SHEETS_BATCH_GET = "sheets.values.batchGet";

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/** The Sheets v4 routes the source uses, answering with the real REST shapes. */
export function sheetsV4Routes(store: SpreadsheetStore): Route[] {
  return [
    {
      method: "GET",
      path: /^\/v4\/spreadsheets\/([^/]+)\/values(?::|%3A)batchGet$/i,
      endpoint: SHEETS_BATCH_GET,
      quota: true,
      handle: ({ params, query }) => {
        const s = store.get(params[0]!);
        if (!s) return notFound();
        const unsupported = checkBatchOptions(query);
        if (unsupported) return { status: 400, body: googleError(400, unsupported) };
        const valueRanges = [];
        for (const range of query.getAll("ranges")) {
          const sheet = s.sheets.find((sh) => sh.title === sheetNameOf(range) && (sh.sheetType ?? "GRID") === "GRID");
          if (!sheet) return { status: 400, body: googleError(400, `Unable to parse range: ${range}`) };
          valueRanges.push(valueRange(sheet));
        }
        return { status: 200, body: { spreadsheetId: s.id, valueRanges } };
      },
    },
    {
      method: "GET",
      path: /^\/v4\/spreadsheets\/([^/:]+)$/,
      endpoint: SHEETS_GET,
      quota: true,
      handle: ({ params, query }) => {
        const s = store.get(params[0]!);
        if (!s) return notFound();
        if (query.get("includeGridData") === "true")
          return { status: 400, body: googleError(400, "fake-google: includeGridData is not supported") };
        return { status: 200, body: applyFieldMask(metadata(s), query.get("fields")) };
      },
    },
  ];
}

/** A Google API error body, as every Google REST API sends it. */
export function googleError(code: number, message: string, reason?: string) {
  const status =
    {
      400: "INVALID_ARGUMENT",
      401: "UNAUTHENTICATED",
      403: "PERMISSION_DENIED",
      404: "NOT_FOUND",
      429: "RESOURCE_EXHAUSTED",
      503: "UNAVAILABLE",
      504: "DEADLINE_EXCEEDED",
    }[code] ?? (code >= 500 ? "INTERNAL" : "FAILED_PRECONDITION");
  return { error: { code, message, status, ...(reason ? { errors: [{ reason, message, domain: "usageLimits" }] } : {}) } };
}

function notFound() {
  return { status: 404, body: googleError(404, "Requested entity was not found.") };
}

function checkBatchOptions(query: URLSearchParams): string | undefined {
  const want: Record<string, string> = {
    valueRenderOption: "UNFORMATTED_VALUE",
    dateTimeRenderOption: "SERIAL_NUMBER",
    majorDimension: "ROWS",
  };
  for (const [name, value] of Object.entries(want)) {
    const got = query.get(name);
    if (got !== null && got !== value) return `fake-google: ${name}=${got} is not supported, only ${value}`;
  }
  if (query.get("valueRenderOption") === null) return "fake-google: the default FORMATTED_VALUE is not supported";
  return undefined;
}

function metadata(s: FakeSpreadsheet) {
  return {
    spreadsheetId: s.id,
    properties: { title: s.title, locale: "sv_SE", autoRecalc: "ON_CHANGE", timeZone: "Europe/Stockholm" },
    sheets: s.sheets.map((sheet, index) => {
      const sheetId = sheetIdOf(sheet, index);
      const { rows, columns } = gridSize(sheet);
      return {
        properties: {
          sheetId,
          title: sheet.title,
          index,
          sheetType: sheet.sheetType ?? "GRID",
          ...(sheet.sheetType === "OBJECT" ? {} : { gridProperties: { rowCount: rows, columnCount: columns } }),
          ...(sheet.hidden ? { hidden: true } : {}),
        },
        ...(sheet.merges?.length ? { merges: sheet.merges.map((m) => gridRangeOf(m, sheetId)) } : {}),
      };
    }),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${s.id}/edit`,
  };
}

/** A whole sheet's values: trailing empty cells and rows left out, as Sheets does; no `values` when empty. */
function valueRange(sheet: FakeSheet) {
  const { rows, columns } = gridSize(sheet);
  const values = (sheet.values ?? []).map((row) => trimEnd(row.map(jsonValue)));
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  return {
    range: `${quoteTitle(sheet.title)}!A1:${columnLetters(columns)}${rows}`,
    majorDimension: "ROWS",
    ...(values.length > 0 ? { values } : {}),
  };
}

function jsonValue(v: FakeValue): string | number | boolean {
  return v === null || v === undefined ? "" : v;
}

function trimEnd(row: (string | number | boolean)[]): (string | number | boolean)[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === "") end--;
  return row.slice(0, end);
}

function gridSize(sheet: FakeSheet) {
  const values = sheet.values ?? [];
  return { rows: Math.max(DEFAULT_ROWS, values.length), columns: Math.max(DEFAULT_COLUMNS, ...values.map((r) => r.length)) };
}

/** The sheet a whole-sheet range names: `'It''s'` or `Blad1`; sub-ranges are not supported by the fake. */
function sheetNameOf(range: string): string | undefined {
  const quoted = /^'((?:[^']|'')*)'$/.exec(range);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  return /^[^'!:]+$/.test(range) ? range : undefined;
}

function quoteTitle(title: string): string {
  return /^[A-Za-z0-9_]+$/.test(title) ? title : `'${title.replace(/'/g, "''")}'`;
}

function columnLetters(count: number): string {
  let n = count;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

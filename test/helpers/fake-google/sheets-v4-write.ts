import type { FakeReply, Route } from "./router.ts";
import { googleError } from "./sheets-v4.ts";
import { sheetIdOf, type FakeSheet, type FakeSpreadsheet, type FakeValue, type SpreadsheetStore } from "./spreadsheets.ts";

export const SHEETS_BATCH_UPDATE = "sheets.batchUpdate";
export const SHEETS_VALUES_BATCH_UPDATE = "sheets.values.batchUpdate";

/** The kinds of `spreadsheets.batchUpdate` request the fake applies; any other is refused, as a misspelt one would be by Google. */
const KNOWN_REQUESTS = new Set([
  "updateSheetProperties",
  "addSheet",
  "updateCells",
  "updateDimensionProperties",
  "repeatCell",
  "addProtectedRange",
  "setDataValidation",
]);
const CONDITIONS = new Set(["ONE_OF_LIST", "ONE_OF_RANGE", "DATE_IS_VALID", "NUMBER_GREATER_THAN_EQ", "CUSTOM_FORMULA", "BOOLEAN"]);

interface GridRange {
  readonly sheetId?: number;
  readonly startRowIndex?: number;
  readonly endRowIndex?: number;
  readonly startColumnIndex?: number;
  readonly endColumnIndex?: number;
}

/** Sheets v4 writes: `spreadsheets.batchUpdate` (the requests setting up a spreadsheet) and `values.batchUpdate`. */
export function sheetsV4WriteRoutes(store: SpreadsheetStore): Route[] {
  return [
    {
      method: "POST",
      path: /^\/v4\/spreadsheets\/([^/]+)\/values(?::|%3A)batchUpdate$/i,
      endpoint: SHEETS_VALUES_BATCH_UPDATE,
      handle: ({ params, body }) => edit(store, params[0]!, (s) => writeValues(s, JSON.parse(body.toString("utf8")))),
    },
    {
      method: "POST",
      path: /^\/v4\/spreadsheets\/([^/:]+)(?::|%3A)batchUpdate$/i,
      endpoint: SHEETS_BATCH_UPDATE,
      handle: ({ params, body }) => edit(store, params[0]!, (s) => applyRequests(s, JSON.parse(body.toString("utf8")))),
    },
  ];
}

class BadRequest extends Error {}

function edit(store: SpreadsheetStore, id: string, change: (s: FakeSpreadsheet) => { next: FakeSpreadsheet; reply: unknown }): FakeReply {
  const s = store.get(id);
  if (!s) return { status: 404, body: googleError(404, "Requested entity was not found.") };
  try {
    const { next, reply } = change(s);
    store.put(next);
    return { status: 200, body: reply };
  } catch (error) {
    if (error instanceof BadRequest || error instanceof SyntaxError) return { status: 400, body: googleError(400, error.message) };
    throw error;
  }
}

/** All or nothing, as Google does: a bad request leaves the spreadsheet as it was. */
function applyRequests(s: FakeSpreadsheet, body: { requests?: Record<string, unknown>[] }): { next: FakeSpreadsheet; reply: unknown } {
  if (!Array.isArray(body.requests) || body.requests.length === 0) throw new BadRequest("Must specify at least one request.");
  let sheets = s.sheets.map((sheet, index) => ({ ...sheet, sheetId: sheetIdOf(sheet, index) }));
  const replies: unknown[] = [];
  for (const request of body.requests) {
    const kinds = Object.keys(request);
    const kind = kinds[0] ?? "";
    if (kinds.length !== 1 || !KNOWN_REQUESTS.has(kind))
      throw new BadRequest(`Invalid JSON payload received. Unknown name "${kind}" at 'requests[]'.`);
    const r = request[kind] as Record<string, unknown>;
    const at = (sheetId: unknown) => {
      const i = sheets.findIndex((sh) => sh.sheetId === sheetId);
      if (i === -1) throw new BadRequest(`No grid with id: ${String(sheetId)}`);
      return i;
    };
    const change = (sheetId: unknown, f: (sheet: FakeSheet & { sheetId: number }) => FakeSheet & { sheetId: number }) => {
      const i = at(sheetId);
      sheets = sheets.map((sh, j) => (j === i ? f(sh) : sh));
    };
    switch (kind) {
      case "addSheet": {
        const p = (r["properties"] ?? {}) as Record<string, unknown>;
        const title = String(p["title"] ?? `Blad${sheets.length + 1}`);
        if (sheets.some((sh) => sh.title === title))
          throw new BadRequest(`Invalid requests[].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`);
        const sheetId = typeof p["sheetId"] === "number" ? p["sheetId"] : 100 + sheets.length;
        if (sheets.some((sh) => sh.sheetId === sheetId))
          throw new BadRequest(`Invalid requests[].addSheet: Sheet with id ${sheetId} already exists.`);
        sheets = [...sheets, { title, sheetId, ...sheetProperties(p), values: [] }];
        replies.push({ addSheet: { properties: { sheetId, title } } });
        break;
      }
      case "updateSheetProperties": {
        const p = (r["properties"] ?? {}) as Record<string, unknown>;
        if (typeof r["fields"] !== "string")
          throw new BadRequest("Invalid requests[].updateSheetProperties: You must specify which fields to update.");
        change(p["sheetId"], (sh) => ({ ...sh, ...(typeof p["title"] === "string" ? { title: p["title"] } : {}), ...sheetProperties(p) }));
        replies.push({});
        break;
      }
      case "updateCells": {
        if (typeof r["fields"] !== "string")
          throw new BadRequest("Invalid requests[].updateCells: You must specify which fields to update.");
        const start = (r["start"] ?? r["range"]) as GridRange & { rowIndex?: number; columnIndex?: number };
        const row0 = start.rowIndex ?? start.startRowIndex ?? 0;
        const col0 = start.columnIndex ?? start.startColumnIndex ?? 0;
        const rows = (r["rows"] ?? []) as { values?: Record<string, unknown>[] }[];
        change(start.sheetId, (sh) => {
          const values = (sh.values ?? []).map((row) => [...row]);
          const notes = new Map(sh.notes ?? []);
          if (r["range"]) clearRange(values, r["range"] as GridRange);
          rows.forEach((row, i) =>
            (row.values ?? []).forEach((cell, j) => {
              setCell(values, row0 + i, col0 + j, cellValue(cell));
              if (typeof cell["note"] === "string") notes.set(`${row0 + i}:${col0 + j}`, cell["note"]);
            }),
          );
          return { ...sh, values, notes };
        });
        replies.push({});
        break;
      }
      case "addProtectedRange": {
        const p = (r["protectedRange"] ?? {}) as { range?: GridRange; editors?: { users?: string[] }; warningOnly?: boolean };
        change(p.range?.sheetId, (sh) => ({
          ...sh,
          protectedRanges: [
            ...(sh.protectedRanges ?? []),
            { range: p.range ?? {}, editors: p.editors?.users ?? [], warningOnly: p.warningOnly === true },
          ],
        }));
        replies.push({ addProtectedRange: { protectedRange: { protectedRangeId: 1 + sheets.length } } });
        break;
      }
      case "setDataValidation": {
        const range = r["range"] as GridRange;
        const rule = r["rule"] as
          | { condition?: { type?: string; values?: { userEnteredValue?: string }[] }; strict?: boolean; inputMessage?: string }
          | undefined;
        if (rule && !CONDITIONS.has(rule.condition?.type ?? ""))
          throw new BadRequest(`Invalid requests[].setDataValidation: condition type ${rule.condition?.type} is not supported.`);
        if (rule?.condition?.type === "ONE_OF_RANGE") checkListRange(rule.condition.values?.[0]?.userEnteredValue, sheets);
        change(range.sheetId, (sh) => {
          const others = (sh.validations ?? []).filter((v) => v.range.startColumnIndex !== range.startColumnIndex);
          return { ...sh, validations: rule ? [...others, { range, rule }] : others };
        });
        replies.push({});
        break;
      }
      default: {
        const range = (r["range"] ?? {}) as GridRange;
        at(range.sheetId);
        replies.push({});
      }
    }
  }
  return { next: { ...s, sheets }, reply: { spreadsheetId: s.id, replies } };
}

function sheetProperties(p: Record<string, unknown>): Partial<FakeSheet> {
  const grid = (p["gridProperties"] ?? {}) as { frozenRowCount?: number };
  return {
    ...(typeof p["hidden"] === "boolean" ? { hidden: p["hidden"] } : {}),
    ...(typeof grid.frozenRowCount === "number" ? { frozenRowCount: grid.frozenRowCount } : {}),
  };
}

function cellValue(cell: Record<string, unknown>): FakeValue {
  const v = cell["userEnteredValue"] as { stringValue?: string; numberValue?: number; boolValue?: boolean } | undefined;
  return v?.stringValue ?? v?.numberValue ?? v?.boolValue ?? null;
}

/** `=Listor!$A$2:$A$5` or `='Mål'!$A$2:$A$1001` must name a sheet the spreadsheet has. */
function checkListRange(formula: string | undefined, sheets: readonly FakeSheet[]): void {
  const m = /^='?((?:[^']|'')+?)'?!\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+$/.exec(formula ?? "");
  if (!m || !sheets.some((sh) => sh.title === m[1]!.replace(/''/g, "'")))
    throw new BadRequest(`Invalid requests[].setDataValidation: the range ${formula} is not valid.`);
}

function writeValues(
  s: FakeSpreadsheet,
  body: { valueInputOption?: string; data?: { range?: string; values?: FakeValue[][] }[] },
): { next: FakeSpreadsheet; reply: unknown } {
  if (body.valueInputOption !== "RAW" && body.valueInputOption !== "USER_ENTERED")
    throw new BadRequest("Invalid valueInputOption: INPUT_VALUE_OPTION_UNSPECIFIED");
  let sheets = [...s.sheets];
  for (const d of body.data ?? []) {
    const m = /^'?((?:[^']|'')+?)'?!([A-Z]+)(\d+)$/.exec(d.range ?? "");
    if (!m) throw new BadRequest(`Unable to parse range: ${d.range}`);
    const title = m[1]!.replace(/''/g, "'");
    const index = sheets.findIndex((sh) => sh.title === title);
    if (index === -1) throw new BadRequest(`Unable to parse range: ${d.range}`);
    const sheet = sheets[index]!;
    const values = (sheet.values ?? []).map((row) => [...row]);
    const col0 = [...m[2]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    (d.values ?? []).forEach((row, i) => row.forEach((v, j) => setCell(values, Number(m[3]) - 1 + i, col0 + j, v)));
    sheets = sheets.map((sh, j) => (j === index ? { ...sh, values } : sh));
  }
  return { next: { ...s, sheets }, reply: { spreadsheetId: s.id, totalUpdatedCells: (body.data ?? []).length } };
}

function setCell(values: FakeValue[][], row: number, col: number, value: FakeValue): void {
  while (values.length <= row) values.push([]);
  const r = values[row]!;
  while (r.length <= col) r.push(null);
  r[col] = value;
}

function clearRange(values: FakeValue[][], range: GridRange): void {
  for (let row = range.startRowIndex ?? 0; row < Math.min(values.length, range.endRowIndex ?? values.length); row++) {
    const r = values[row]!;
    for (let col = range.startColumnIndex ?? 0; col < Math.min(r.length, range.endColumnIndex ?? r.length); col++) r[col] = null;
  }
}

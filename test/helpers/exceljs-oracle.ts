import type ExcelJS from "exceljs";
import type { CellValue, RawRow, RawSheet } from "../../src/sources/raw-workbook.ts";

/** The sheets of a workbook exceljs has loaded, as raw tables: the oracle the OOXML reader is compared with. */
export function sheetsFromExcelJs(workbook: ExcelJS.Workbook): RawSheet[] {
  return workbook.worksheets.map((ws) => ({
    name: ws.name,
    hidden: ws.state !== "visible",
    rows: rowsOf(ws),
    merges: mergesOf(ws),
  }));
}

function rowsOf(ws: ExcelJS.Worksheet): RawRow[] {
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: (CellValue | undefined)[] = [];
    let any = false;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = cellValue(cell.value);
      if (value === undefined) return;
      cells[col - 1] = value;
      any = true;
    });
    if (any) rows.push({ number, cells });
  });
  return rows;
}

// exceljs keeps merges private; its public `model` getter would rebuild every row to list them.
function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges ?? {};
  return Object.values(merges).flatMap((m) => (m.range ? [m.range] : []));
}

/** One exceljs cell value as a raw cell; `undefined` for an empty cell. */
export function cellValue(value: unknown): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", code: "#NUM!" };
  if (typeof value === "string") return value === "" ? undefined : { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return dateValue(value);
  if (typeof value !== "object") return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v["error"] === "string") return { kind: "error", code: v["error"] };
  if (Array.isArray(v["richText"])) return textOrEmpty(richText(v["richText"]));
  if (typeof v["hyperlink"] === "string") {
    const text = typeof v["text"] === "string" ? v["text"] : textOf(v["text"]);
    return text === "" ? undefined : { kind: "text", text, hyperlink: v["hyperlink"] };
  }
  if ("formula" in v || "sharedFormula" in v) {
    if (v["result"] === undefined || v["result"] === null) {
      return { kind: "uncalculated", formula: String(v["formula"] ?? v["sharedFormula"] ?? "") };
    }
    return cellValue(v["result"]);
  }
  return undefined;
}

function dateValue(date: Date): CellValue {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return { kind: "error", code: "#VALUE!" };
  const rounded = new Date(Math.round(ms / 1000) * 1000).toISOString();
  const [day, time] = [rounded.slice(0, 10), rounded.slice(11, 19)];
  return { kind: "date", iso: time === "00:00:00" ? day : `${day}T${time}` };
}

function richText(runs: unknown[]): string {
  return runs
    .map((r) => (r && typeof r === "object" && typeof (r as { text?: unknown }).text === "string" ? (r as { text: string }).text : ""))
    .join("");
}

function textOf(value: unknown): string {
  if (value && typeof value === "object" && Array.isArray((value as { richText?: unknown }).richText)) {
    return richText((value as { richText: unknown[] }).richText);
  }
  return value === undefined || value === null ? "" : String(value);
}

function textOrEmpty(text: string): CellValue | undefined {
  return text === "" ? undefined : { kind: "text", text };
}

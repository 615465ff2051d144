import { describe, expect, it } from "vitest";
import { centralWorkbook, columnsOf, type ColumnMeta } from "../sheets-schema/index.ts";
import { readCell } from "../src/validation/cells/read-cell.ts";
import type { CellValue } from "../src/sources/raw-workbook.ts";

const meta = (sheet: keyof typeof centralWorkbook, field: string): ColumnMeta => {
  const column = columnsOf(centralWorkbook[sheet]).find((c) => c.field === field);
  if (!column) throw new Error(field);
  return column.meta;
};
const date = meta("activities", "date");
const value = meta("measurements", "value");
const amount = meta("budget", "allocated");
const id = meta("activities", "id");
const goals = meta("activities", "goals");
const status = meta("activities", "status");
const weekly = meta("recipients", "weeklySummary");
const year = meta("budget", "year");

const text = (t: string, hyperlink?: string): CellValue => (hyperlink ? { kind: "text", text: t, hyperlink } : { kind: "text", text: t });
const num = (n: number): CellValue => ({ kind: "number", value: n });
const ctx = { dateSystem: 1900 as const };

describe("reading a cell as its column says", () => {
  it.each([
    ["an ISO date typed as text", date, text("2024-09-18"), "2024-09-18"],
    ["a Swedish date typed as text", date, text("18 september 2024"), "2024-09-18"],
    ["a Swedish date with abbreviated month", date, text("5 okt. 2023"), "2023-10-05"],
    ["a date cell", date, { kind: "date", iso: "2024-09-18" }, "2024-09-18"],
    ["a date cell with a time", date, { kind: "date", iso: "2024-09-18T13:45:00" }, "2024-09-18"],
    ["a serial number in the 1900 system", date, num(45553), "2024-09-18"],
    ["a serial number with a time fraction", date, num(45553.75), "2024-09-18"],
    ["a decimal comma", value, text("4,5"), 4.5],
    ["thousands separated by spaces", value, text("65 000"), 65000],
    ["thousands separated by no-break spaces", value, text("1\u00a0234\u00a0567,25"), 1234567.25],
    ["a Unicode minus", value, text("\u221212,5"), -12.5],
    ["an unambiguous decimal point", value, text("4.5"), 4.5],
    ["an amount with kr", amount, text("4 000 000 kr"), 4000000],
    ["surrounding whitespace and no-break spaces", value, text("\u00a0 17 \u00a0"), 17],
    ["an id that is a whole number", id, num(123), "123"],
    ["an id with leading zeros kept as text", id, text("00123"), "00123"],
    ["a dnr-like id", id, text("2023-2658"), "2023-2658"],
    ["an id list with semicolons and commas", goals, text("M1; E2,E3"), ["M1", "E2", "E3"]],
    ["an enumeration in another case", status, text("  Genomförd "), "genomförd"],
    ["ja as yes", weekly, text("JA"), true],
    ["a boolean cell", weekly, { kind: "boolean", value: false }, false],
    ["an integer given as a number", year, num(2024), 2024],
  ] as const)("reads %s", (_, column, cell, expected) => {
    expect(readCell(cell, column, ctx)).toEqual({ status: "ok", value: expected });
  });

  it.each([
    ["a date nobody can read exactly", date, text("18/9"), "date-invalid"],
    ["an impossible date", date, text("2024-02-30"), "date-invalid"],
    ["a tiny serial number", date, num(5), "date-invalid"],
    ["a number that could be thousands", value, text("1.234"), "number-ambiguous"],
    ["text in a number column", value, text("cirka 5"), "number-invalid"],
    ["a decimal in an integer column", year, num(2024.5), "integer-invalid"],
    ["a negative amount", amount, num(-1), "amount-negative"],
    ["an id with spaces", id, text("BO 12"), "id-invalid"],
    ["a date where an id belongs", id, { kind: "date", iso: "2023-02-26" }, "id-is-date"],
    ["an unknown enumeration value", status, text("klar"), "enum-invalid"],
    ["a number for yes/no", weekly, num(1), "boolean-invalid"],
    ["an error value", value, { kind: "error", code: "#REF!" }, "cell-error"],
    ["a formula without a cached result", value, { kind: "uncalculated", formula: "A1*2" }, "formula-uncalculated"],
  ] as const)("refuses %s", (_, column, cell, code) => {
    const read = readCell(cell, column, ctx);
    expect(read.status).toBe("bad");
    expect(read.status === "bad" && read.code).toBe(code);
  });

  it("reads serial numbers in the 1904 date system", () => {
    expect(readCell(num(44091), date, { dateSystem: 1904 })).toEqual({ status: "ok", value: "2024-09-18" });
  });

  it("treats an empty or whitespace-only cell as empty", () => {
    expect(readCell(undefined, date, ctx)).toEqual({ status: "empty" });
    expect(readCell(text(" \u00a0 "), value, ctx)).toEqual({ status: "empty" });
  });

  it("removes control characters from text and says so", () => {
    const read = readCell(text("Möte\u0007 i Luleå"), meta("activities", "title"), ctx);
    expect(read).toEqual({ status: "ok", value: "Möte i Luleå", warning: "text-control-characters" });
  });
});

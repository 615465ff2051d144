import { describe, expect, it } from "vitest";
import { centralWorkbook, columnsOf, type ColumnMeta } from "../sheets-schema/index.ts";
import { displayCell, readCell } from "../src/validation/cells/read-cell.ts";
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

describe("what a cell shows in messages", () => {
  it.each([
    ["nothing", undefined, ""],
    ["text", text("Möte"), "Möte"],
    ["a long text, cut", text("x".repeat(250)), `${"x".repeat(200)}…`],
    ["a text of exactly 200 characters, whole", text("y".repeat(200)), "y".repeat(200)],
    ["a decimal number with a decimal comma", num(4.5), "4,5"],
    ["a date with a time", { kind: "date", iso: "2024-09-18T10:30:00" }, "2024-09-18 10:30:00"],
    ["true", { kind: "boolean", value: true }, "SANT"],
    ["false", { kind: "boolean", value: false }, "FALSKT"],
    ["an error", { kind: "error", code: "#N/A" }, "#N/A"],
    ["an uncalculated formula", { kind: "uncalculated", formula: "A1*2" }, "=A1*2"],
  ] as const)("shows %s", (_, cell, shown) => {
    expect(displayCell(cell as CellValue | undefined)).toBe(shown);
  });
});

describe("what a refused cell says", () => {
  const email = meta("recipients", "email");
  const url = meta("sources", "link");
  const title = meta("activities", "title");
  const actors = meta("activities", "actors");
  const sources = meta("activities", "sources");
  it.each([
    ["an error cell names the error", value, { kind: "error", code: "#REF!" }, { code: "cell-error", params: { value: "#REF!" } }],
    [
      "an uncalculated formula shows it",
      value,
      { kind: "uncalculated", formula: "A1*2" },
      { code: "formula-uncalculated", params: { value: "=A1*2" } },
    ],
    [
      "a number in an enumeration lists the allowed values",
      status,
      num(3),
      { code: "enum-invalid", params: { value: "3", list: ["planerad", "pågående", "genomförd", "inställd"] } },
    ],
    ["a number in an e-mail column", email, num(3), { code: "email-invalid", params: { value: "3" } }],
    ["a number in a web address column", url, num(3), { code: "url-invalid", params: { value: "3" } }],
    ["a negative number as an id", id, num(-3), { code: "id-invalid", params: { value: "-3" } }],
    ["a decimal as an id list", sources, num(1.5), { code: "id-invalid", params: { value: "1,5" } }],
    ["a date in a number column", value, { kind: "date", iso: "2024-09-18" }, { code: "number-invalid", params: { value: "2024-09-18" } }],
    ["a date in a text column", title, { kind: "date", iso: "2024-09-18" }, { code: "text-is-date", params: { value: "2024-09-18" } }],
    [
      "a date in an id list",
      goals,
      { kind: "date", iso: "2024-09-18T08:00:00" },
      { code: "id-is-date", params: { value: "2024-09-18 08:00:00" } },
    ],
    ["true in a text column", title, { kind: "boolean", value: true }, { code: "text-is-boolean", params: { value: "SANT" } }],
    ["true in a date column", date, { kind: "boolean", value: true }, { code: "date-invalid", params: { value: "SANT" } }],
    ["false in an enumeration", status, { kind: "boolean", value: false }, { code: "enum-invalid", params: { value: "FALSKT" } }],
    ["true in an e-mail column", email, { kind: "boolean", value: true }, { code: "email-invalid" }],
    ["true in a web address column", url, { kind: "boolean", value: true }, { code: "url-invalid" }],
    ["true in an id column", id, { kind: "boolean", value: true }, { code: "id-invalid" }],
    ["true in a number column", value, { kind: "boolean", value: true }, { code: "number-invalid" }],
    ["an id list with a space inside an id names that id", goals, text("M1; E 2"), { code: "id-invalid", params: { value: "E 2" } }],
    ["text in a yes/no column", weekly, text("kanske"), { code: "boolean-invalid", params: { value: "kanske" } }],
    ["kr after a plain number", value, text("5 kr"), { code: "number-invalid", params: { value: "5 kr" } }],
    ["a decimal text in an integer column", year, text("2024,5"), { code: "integer-invalid", params: { value: "2024,5" } }],
    ["a negative amount typed as text", amount, text("-5"), { code: "amount-negative", params: { value: "-5" } }],
    ["an ambiguous point", value, text("12.500"), { code: "number-ambiguous", params: { value: "12.500" } }],
    ["an unreadable date gives the text", date, text("igår"), { code: "date-invalid", params: { value: "igår" } }],
  ] as const)("%s", (_, column, cell, expected) => {
    expect(readCell(cell as CellValue, column, ctx)).toMatchObject({ status: "bad", ...expected });
  });

  it.each([
    ["a number in a text column as Swedish text", title, num(4.5), "4,5"],
    ["a number in a list column as one item", actors, num(12), ["12"]],
    ["a whole number in an id list", sources, num(7), ["7"]],
    ["a date cell in a date column", date, { kind: "date", iso: "2024-02-29" }, "2024-02-29"],
    ["mailto: taken off an address", email, text("mailto:anna@example.se"), "anna@example.se"],
    [
      "a list split on semicolons and lines, not commas",
      actors,
      text("Region Norrbotten; Luleå, Boden\nSKR"),
      ["Region Norrbotten", "Luleå, Boden", "SKR"],
    ],
    ["an enumeration with extra inner spaces", status, text("inställd  "), "inställd"],
    ["FALSE as no", weekly, text("FALSE"), false],
    ["falskt as no", weekly, text("falskt"), false],
    ["sant as yes", weekly, text("Sant"), true],
    ["a plain integer text", value, text("+17"), 17],
    ["a three-decimal comma number", value, text("1,234"), 1.234],
  ] as const)("reads %s", (_, column, cell, expected) => {
    expect(readCell(cell as CellValue, column, ctx)).toEqual({ status: "ok", value: expected });
  });

  it("prefers a link cell's target in a web address column, and its text elsewhere", () => {
    const url = meta("sources", "link");
    expect(readCell(text("Work in Sweden", "https://www.tillvaxtverket.se/work-in-sweden"), url, ctx)).toEqual({
      status: "ok",
      value: "https://www.tillvaxtverket.se/work-in-sweden",
    });
    expect(readCell(text("Work in Sweden", "https://www.tillvaxtverket.se/work-in-sweden"), meta("activities", "title"), ctx)).toEqual({
      status: "ok",
      value: "Work in Sweden",
    });
  });

  it("gives no cleaning warning when the cleaned text is refused anyway", () => {
    expect(readCell(text("igår\u0007"), date, ctx)).toEqual({ status: "bad", code: "date-invalid", params: { value: "igår" } });
  });
});

import { describe, expect, it } from "vitest";
import { centralWorkbook } from "../sheets-schema/index.ts";
import type { CellValue, RawRow, RawSheet } from "../src/sources/raw-workbook.ts";
import { readSheet } from "../src/validation/read-sheet.ts";

const t = (text: string): CellValue => ({ kind: "text", text });
const n = (value: number): CellValue => ({ kind: "number", value });
const row = (number: number, ...cells: (CellValue | undefined)[]): RawRow => ({ number, cells });
const sheet = (name: string, rows: RawRow[], extra: Partial<RawSheet> = {}): RawSheet => ({
  name,
  hidden: false,
  rows,
  merges: [],
  ...extra,
});
const ctx = { workbook: "central.xlsx", dateSystem: 1900 as const };

const BUDGET_HEADER = row(1, t("År"), t("Tilldelat"), t("Förbrukat"), t("Status"), t("Kommentar"));
const budget = (rows: RawRow[], extra: Partial<RawSheet> = {}) =>
  readSheet(sheet("Budget", [BUDGET_HEADER, ...rows], extra), centralWorkbook.budget, ctx);

describe("reading one sheet", () => {
  it("reads typed rows and places each at its row and columns", () => {
    const { rows, problems } = budget([row(2, n(2024), n(10_000_000), undefined, t("beslutad"))]);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.value).toEqual({ year: 2024, allocated: 10_000_000, status: "beslutad" });
    expect(rows[0]?.at).toMatchObject({
      workbook: "central.xlsx",
      sheet: "Budget",
      row: 2,
      columns: { year: { letter: "A", header: "År" }, status: { letter: "D", header: "Status" } },
    });
  });

  it("finds the header below blank rows and skips rows of spaces", () => {
    const raw = sheet("Budget", [
      row(1, t("  ")),
      row(3, t("År"), t("Tilldelat"), undefined, t("Status")),
      row(4, t(" \u00a0")),
      row(5, n(2023), n(4e6), undefined, t("beslutad")),
    ]);
    const { rows, problems } = readSheet(raw, centralWorkbook.budget, ctx);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.at.row)).toEqual([5]);
  });

  it("names every missing required column in one problem on the header row and reads no rows", () => {
    const raw = sheet("Budget", [row(2, t("År"), t("Kommentar")), row(3, n(2024), t("x"))]);
    expect(readSheet(raw, centralWorkbook.budget, ctx)).toEqual({
      rows: [],
      problems: [
        expect.objectContaining({
          code: "columns-missing",
          severity: "error",
          row: 2,
          sheet: "Budget",
          message: "Obligatoriska kolumner saknas: ”Tilldelat”, ”Status”. Rubrikerna ska stå på första raden.",
        }),
      ],
      omitted: 1,
    });
  });

  it("warns about an unknown column with its trimmed header, and refuses a duplicate", () => {
    const raw = sheet("Budget", [
      row(1, t("År"), t("Tilldelat"), t("Status"), t("  Extra  "), t(" status ")),
      row(2, n(2024), n(1), t("väntad")),
    ]);
    const { problems } = readSheet(raw, centralWorkbook.budget, ctx);
    expect(problems).toEqual([
      expect.objectContaining({
        code: "column-unknown",
        severity: "warning",
        row: 1,
        column: "D",
        header: "Extra",
        message: "Kolumnen ”Extra” känns inte igen och läses inte.",
      }),
      expect.objectContaining({
        code: "column-duplicate",
        severity: "error",
        row: 1,
        column: "E",
        header: "status",
        message: "Kolumnen ”status” finns två gånger; bara en får finnas.",
      }),
    ]);
  });

  it("reports a bad cell with its value and header, and leaves that row out but keeps the others", () => {
    const { rows, problems } = budget([row(2, t("tjugo"), n(1), undefined, t("beslutad")), row(3, n(2025), n(2), undefined, t("väntad"))]);
    expect(rows.map((r) => r.value.year)).toEqual([2025]);
    expect(problems).toEqual([
      {
        code: "number-invalid",
        severity: "error",
        workbook: "central.xlsx",
        sheet: "Budget",
        row: 2,
        column: "A",
        header: "År",
        value: "tjugo",
        message: "”tjugo” går inte att läsa som ett tal. Skriv till exempel 4,5 eller 65 000.",
      },
    ]);
  });

  it("reports a missing required value in its column", () => {
    const { rows, problems } = budget([row(2, n(2024), undefined, undefined, t("beslutad"))]);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        code: "value-required",
        row: 2,
        column: "B",
        header: "Tilldelat",
        message: "Värde saknas i ”Tilldelat”, som måste fyllas i.",
      }),
    ]);
  });

  it("keeps a warning about a cleaned cell with the cell's value, and still reads the row", () => {
    const { rows, problems } = budget([row(2, n(2024), n(1), undefined, t("beslutad"), t("Ok\u0007"))]);
    expect(rows[0]?.value.comment).toBe("Ok");
    // The value is shown without the character too: the problem goes into the report's appendix, and XML cannot hold it.
    expect(problems).toEqual([
      expect.objectContaining({ code: "text-control-characters", severity: "warning", row: 2, column: "E", value: "Ok" }),
    ]);
  });

  it("checks zod formats after reading: a malformed e-mail address", () => {
    const raw = sheet("Mottagare", [
      row(1, t("Namn"), t("E-post"), t("Roll"), t("Veckosammanfattning"), t("Rapportutkast")),
      row(2, t("Anna"), t("anna(at)example.se"), undefined, t("ja"), t("nej")),
    ]);
    const { problems } = readSheet(raw, centralWorkbook.recipients, ctx);
    expect(problems).toEqual([
      expect.objectContaining({ code: "email-invalid", column: "B", header: "E-post", value: "anna(at)example.se" }),
    ]);
  });

  it("wants exactly one row on a one-row sheet, pointing at the row too many or the empty one", () => {
    const header = row(1, t("Namn"), t("Rubrik"), t("Diarienummer"), t("Regeringsbeslut"), t("Startdatum"), t("Slutdatum"), t("Myndighet"));
    const data = (r: number) => row(r, t("U"), t("R"), t("1"), t("KN1"), t("2023-06-01"), t("2026-12-31"), t("Tillväxtverket"));
    const none = readSheet(sheet("Uppdrag", [header]), centralWorkbook.assignment, ctx).problems;
    expect(none).toEqual([
      expect.objectContaining({
        code: "rows-expected-one",
        row: 2,
        value: "0",
        message: "Bladet ska ha exakt en rad med uppgifter under rubrikraden, men har 0.",
      }),
    ]);
    const two = readSheet(sheet("Uppdrag", [header, data(2), data(5)]), centralWorkbook.assignment, ctx).problems;
    expect(two).toEqual([expect.objectContaining({ code: "rows-expected-one", row: 5, value: "2" })]);
    expect(readSheet(sheet("Uppdrag", [header, data(2)]), centralWorkbook.assignment, ctx).problems).toEqual([]);
  });

  it("warns about merged cells below the header, with the header of their column, and not about a merged header", () => {
    const { problems } = budget([row(2, n(2024), n(1), undefined, t("beslutad")), row(3, n(2025), n(2), undefined, t("väntad"))], {
      merges: ["A1:B1", "D2:D3"],
    });
    expect(problems).toEqual([
      expect.objectContaining({ code: "cells-merged", severity: "warning", row: 2, column: "D", header: "Status", value: "D2:D3" }),
    ]);
  });

  it("warns once per column about values under no header, where they start", () => {
    const { problems } = budget([
      row(2, n(2024), n(1), undefined, t("beslutad"), undefined, t("glömd")),
      row(3, n(2025), n(2), undefined, t("väntad"), undefined, t("också")),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ code: "column-unnamed", severity: "warning", row: 2, column: "F", value: "glömd" }),
    ]);
  });

  it("links a problem to its cell when the sheet has a link base", () => {
    const { problems } = budget([row(7, t("x"), n(1), undefined, t("beslutad"))], {
      linkBase: "https://docs.google.com/spreadsheets/d/abc/edit#gid=5",
    });
    expect(problems[0]?.link).toBe("https://docs.google.com/spreadsheets/d/abc/edit#gid=5&range=A7");
  });
});

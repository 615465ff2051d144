import { describe, expect, it } from "vitest";
import { blockWorkbook, centralWorkbook } from "../sheets-schema/index.ts";
import type { CellValue, RawRow, RawSheet } from "../src/sources/raw-workbook.ts";
import { nearest } from "../src/text/nearest.ts";
import { likelyMeant } from "../src/validation/checks/plausible-values.ts";
import { readSheet } from "../src/validation/read-sheet.ts";

const t = (text: string): CellValue => ({ kind: "text", text });
const n = (value: number, percent?: true): CellValue => (percent ? { kind: "number", value, percent } : { kind: "number", value });
const row = (number: number, ...cells: (CellValue | undefined)[]): RawRow => ({ number, cells });
const sheet = (name: string, rows: RawRow[]): RawSheet => ({ name, hidden: false, rows, merges: [] });
const ctx = { workbook: "energi.xlsx", dateSystem: 1900 as const };

const ACTIVITY = [t("ENE-1"), t("2024-03-01"), t("möte"), t("Nätverk"), t("Möte om elnätet")];

describe("a header close to a known one", () => {
  it("is an error that names the known header as the fix, and the misspelled column is not read", () => {
    const raw = sheet("Aktiviteter", [
      row(1, t("Id"), t("Datum"), t("Typ"), t("Verktyg"), t("Titel"), t("Status"), t("Mål/effekter")),
      row(2, ...ACTIVITY, t("genomförd"), t("M1")),
    ]);
    const { rows, problems } = readSheet(raw, blockWorkbook.activities, ctx);
    expect(problems).toEqual([
      expect.objectContaining({
        code: "column-misspelled",
        severity: "error",
        row: 1,
        column: "G",
        header: "Mål/effekter",
        expected: "Mål och effekter",
        message: expect.stringContaining(
          "Kolumnen ”Mål/effekter” liknar ”Mål och effekter”: byt namn på rubriken till ”Mål och effekter”.",
        ),
      }),
    ]);
    expect(rows.map((r) => r.value.goals)).toEqual([undefined]);
  });

  it("stands instead of 'missing' for a misspelled required column; the rows are left out and counted", () => {
    const raw = sheet("Aktiviteter", [
      row(1, t("Id"), t("Datum"), t("Typ"), t("Verktyg"), t("Titel"), t("Statsu")),
      row(2, ...ACTIVITY, t("genomförd")),
      row(3, ...ACTIVITY, t("planerad")),
    ]);
    const read = readSheet(raw, blockWorkbook.activities, ctx);
    expect(read.problems.map((p) => [p.code, p.header, p.expected])).toEqual([["column-misspelled", "Statsu", "Status"]]);
    expect(read.rows).toEqual([]);
    expect(read.omitted).toBe(2);
  });

  it("stays a warning when nothing known is close", () => {
    const raw = sheet("Aktiviteter", [
      row(1, t("Id"), t("Datum"), t("Typ"), t("Verktyg"), t("Titel"), t("Status"), t("Intern kod")),
      row(2, ...ACTIVITY, t("planerad")),
    ]);
    expect(readSheet(raw, blockWorkbook.activities, ctx).problems.map((p) => [p.code, p.severity])).toEqual([
      ["column-unknown", "warning"],
    ]);
  });
});

describe("percentages", () => {
  const header = row(1, t("Indikator"), t("Datum"), t("Värde"));
  it.each([
    ["a cell formatted as percent (0,25 shown as 25 %)", n(0.25, true), 25],
    ["a cell formatted as percent with binary noise (0,07)", n(0.07, true), 7],
    ["the text 45 %", t("45 %"), 45],
    ["the text 4,5%", t("4,5%"), 4.5],
  ])("reads %s as the number shown, and marks it", (_what, cell, value) => {
    const { rows, problems } = readSheet(
      sheet("Mätningar", [header, row(2, t("I1"), t("2024-06-30"), cell)]),
      blockWorkbook.measurements,
      ctx,
    );
    expect(problems).toEqual([]);
    expect(rows[0]?.value.value).toBe(value);
    expect(rows[0]?.asPercent).toEqual(["value"]);
  });

  it("tells how to write a percentage in a column of whole kronor", () => {
    const raw = sheet("Budget", [row(1, t("År"), t("Tilldelat"), t("Status")), row(2, n(2024), t("45 %"), t("beslutad"))]);
    expect(readSheet(raw, centralWorkbook.budget, { ...ctx, workbook: "central.xlsx" }).problems[0]?.message).toBe(
      "”45 %” går inte att läsa här: kolumnen ”Tilldelat” tar ett tal utan procenttecken. Skriv till exempel 45.",
    );
  });
});

describe("menade du …?", () => {
  it("suggests the nearest allowed value for a misspelled enumeration", () => {
    const raw = sheet("Aktiviteter", [
      row(1, t("Id"), t("Datum"), t("Typ"), t("Verktyg"), t("Titel"), t("Status")),
      row(2, ...ACTIVITY, t("pågånde")),
    ]);
    expect(readSheet(raw, blockWorkbook.activities, ctx).problems[0]?.message).toBe(
      "”pågånde” är inte ett av de tillåtna värdena: ”planerad”, ”pågående”, ”genomförd”, ”inställd”. Menade du ”pågående”?",
    );
  });

  it.each([
    ["l9", ["I1", "I9", "I10"], ["I9"]],
    ["M11", ["M1", "M2", "E1"], ["M1"]],
    ["M13", ["M1", "M12", "M14", "E1"], ["M1", "M12", "M14"]],
    ["Mål/effekter", ["Mål och effekter", "Titel"], ["Mål och effekter"]],
    ["xyz", ["M1", "M2"], []],
    ["M1", ["M1", "M2"], []],
  ])("%s is nearest to %j: %j", (typed, known, expected) => {
    expect(nearest(typed, known)).toEqual(expected);
  });
});

describe("a value a power of ten away from the others", () => {
  it.each([
    [0.45, [40, 60, 52], 45],
    [65, [60_000, 70_000], 65_000],
    [4500, [40, 50], 45],
    [38, [40, 60], undefined],
    [0.45, [50], undefined],
    [3, [0.2, 90], undefined],
  ])("%d among %j most likely meant %s", (value, others, meant) => {
    expect(likelyMeant(value, others)).toBe(meant);
  });
});

import { describe, expect, it } from "vitest";
import { placeOf } from "../src/validation/place.ts";
import { problemJson } from "../src/validation/problem-json.ts";
import { hasErrors, isUnreadable, problem } from "../src/validation/problem.ts";

describe("a problem", () => {
  const full = problem(
    "date-invalid",
    { workbook: "smf.xlsx", sheet: "Aktiviteter", row: 7, column: "B", header: "Datum", link: "https://x/edit#gid=1&range=B7" },
    { value: "18/9", expected: "ett datum" },
  );

  it("carries its place, value, expectation, severity and Swedish message, and nothing undefined", () => {
    expect(full).toEqual({
      code: "date-invalid",
      severity: "error",
      workbook: "smf.xlsx",
      sheet: "Aktiviteter",
      row: 7,
      column: "B",
      header: "Datum",
      link: "https://x/edit#gid=1&range=B7",
      value: "18/9",
      expected: "ett datum",
      message: "”18/9” går inte att läsa som ett datum. Skriv datumet som 2024-09-18 eller 18 september 2024.",
    });
    expect(
      Object.values(problem("sheet-missing", { workbook: "a.xlsx", sheet: undefined as unknown as string }, { sheet: "Mål" })),
    ).not.toContain(undefined);
  });

  it.each([
    ["sheet, row and column with header", full, "Aktiviteter, rad 7, kolumn B (Datum)"],
    [
      "a column without header",
      problem("cells-merged", { workbook: "a", sheet: "Mål", row: 3, column: "C" }, { value: "C3:C4" }),
      "Mål, rad 3, kolumn C",
    ],
    ["a sheet only", problem("sheet-unknown", { workbook: "a", sheet: "Blad1" }, { sheet: "Blad1" }), "Blad1"],
    ["nothing but the workbook", problem("file-missing", { workbook: "a" }), ""],
  ])("tells its place in words: %s", (_, p, words) => {
    expect(placeOf(p)).toBe(words);
  });

  it("has one JSON form with every field present", () => {
    expect(problemJson(problem("file-missing", { workbook: "a.xlsx" }))).toEqual({
      workbook: "a.xlsx",
      sheet: null,
      row: null,
      column: null,
      header: null,
      value: null,
      expected: null,
      code: "file-missing",
      severity: "error",
      message: "Arbetsboken finns inte.",
      link: null,
    });
    expect(problemJson(full)).toMatchObject({
      sheet: "Aktiviteter",
      row: 7,
      column: "B",
      header: "Datum",
      value: "18/9",
      expected: "ett datum",
      link: "https://x/edit#gid=1&range=B7",
    });
  });

  it("tells unreadable input apart from errors in it", () => {
    expect(isUnreadable(problem("file-damaged", { workbook: "a" }))).toBe(true);
    expect(isUnreadable(problem("source-unavailable", { workbook: "a" }, { detail: "x" }))).toBe(true);
    expect(isUnreadable(problem("date-invalid", { workbook: "a" }, { value: "18/9" }))).toBe(false);
    expect(isUnreadable(problem("macros-ignored", { workbook: "a" }))).toBe(false);
    expect(hasErrors([problem("macros-ignored", { workbook: "a" })])).toBe(false);
    expect(hasErrors([problem("macros-ignored", { workbook: "a" }), problem("file-missing", { workbook: "b" })])).toBe(true);
  });
});

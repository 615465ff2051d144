import { describe, expect, it } from "vitest";
import { blockWorkbook, columnsOf } from "../sheets-schema/index.ts";
import { quotedSheetRange, spreadsheetIdOf } from "../src/sources/google/spreadsheet-ref.ts";
import { cellFromSheets, mergeToA1, rangeStart } from "../src/sources/google/values-to-raw.ts";
import { readCell } from "../src/validation/cells/read-cell.ts";
import { serialOf } from "./helpers/fake-google/index.ts";

const ID = "1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms";

describe("a spreadsheet reference", () => {
  it.each([
    ["a bare id", ID, ID],
    ["an id with spaces around it", `  ${ID} `, ID],
    ["the edit address", `https://docs.google.com/spreadsheets/d/${ID}/edit`, ID],
    ["the address with a sheet and range", `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=1234567&range=B7`, ID],
    ["the address with a query", `https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`, ID],
    ["the address of a second Google account", `https://docs.google.com/spreadsheets/u/1/d/${ID}/edit`, ID],
    ["the address without a path after the id", `https://docs.google.com/spreadsheets/d/${ID}`, ID],
    ["a file name", "bostader.xlsx", undefined],
    ["a short word", "bostader", undefined],
    ["plain http", `http://docs.google.com/spreadsheets/d/${ID}/edit`, undefined],
    ["another host", `https://docs.google.evil.example/spreadsheets/d/${ID}/edit`, undefined],
    ["a document, not a spreadsheet", `https://docs.google.com/document/d/${ID}/edit`, undefined],
    ["a published-to-web address", "https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pubhtml", undefined],
    ["nothing", "", undefined],
  ])("%s gives the id %s", (_what, ref, id) => {
    expect(spreadsheetIdOf(ref)).toBe(id);
  });

  it.each([
    ["Aktiviteter", "'Aktiviteter'"],
    ["Mål och effekter", "'Mål och effekter'"],
    ["Lisa's blad", "'Lisa''s blad'"],
  ])("the sheet %s is asked for as the range %s", (title, range) => {
    expect(quotedSheetRange(title)).toBe(range);
  });
});

describe("an unformatted Sheets value as a raw cell", () => {
  it.each([
    [42, { kind: "number", value: 42 }],
    [4.5, { kind: "number", value: 4.5 }],
    [0, { kind: "number", value: 0 }],
    [-3, { kind: "number", value: -3 }],
    [true, { kind: "boolean", value: true }],
    [false, { kind: "boolean", value: false }],
    ["Möte", { kind: "text", text: "Möte" }],
    [" ", { kind: "text", text: " " }],
    ["2024-09-18", { kind: "text", text: "2024-09-18" }],
    ["#REF!", { kind: "error", code: "#REF!" }],
    ["#N/A", { kind: "error", code: "#N/A" }],
    ["#DIV/0!", { kind: "error", code: "#DIV/0!" }],
    ["#NAME?", { kind: "error", code: "#NAME?" }],
    ["#ERROR!", { kind: "error", code: "#ERROR!" }],
    ["#taggad", { kind: "text", text: "#taggad" }],
    ["", undefined],
    [null, undefined],
  ])("%j is %j", (value, cell) => {
    expect(cellFromSheets(value)).toEqual(cell);
  });

  it.each(["2024-09-18", "1950-01-01", "2023-06-01", "2026-12-31", "2000-02-29"])(
    "the serial number of %s reads back as that date in a date column",
    (iso) => {
      const cell = cellFromSheets(serialOf(new Date(`${iso}T00:00:00Z`)));
      const date = columnsOf(blockWorkbook.activities).find((c) => c.meta.kind === "date")!;
      expect(readCell(cell, date.meta, { dateSystem: 1900 })).toEqual({ status: "ok", value: iso });
    },
  );
});

describe("ranges", () => {
  it.each([
    [{ startRowIndex: 2, endRowIndex: 5, startColumnIndex: 1, endColumnIndex: 2 }, "B3:B5"],
    [{ startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 3 }, "A1:C1"],
    [{ endRowIndex: 2, endColumnIndex: 28 }, "A1:AB2"],
    [{ startRowIndex: 3 }, undefined],
  ])("the merge %j is %s", (range, a1) => {
    expect(mergeToA1(range)).toBe(a1);
  });

  it.each([
    ["'Mål'!A1:Z1000", { row: 1, column: 0 }],
    ["Aktiviteter!C4:D9", { row: 4, column: 2 }],
    ["'Lisa''s!blad'!$AA$10:AB12", { row: 10, column: 26 }],
    ["'Blad 1'", { row: 1, column: 0 }],
    [undefined, { row: 1, column: 0 }],
  ])("values of %s start at %j", (range, start) => {
    expect(rangeStart(range)).toEqual(start);
  });
});
